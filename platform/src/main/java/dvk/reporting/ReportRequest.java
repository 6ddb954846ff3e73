package dvk.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"action": "submit"|"approve"|"return"|"reopen", "reason": "…"}}; a return needs its reason. */
@Serdeable
public record ReportRequest(String action, @Nullable String reason) {}
