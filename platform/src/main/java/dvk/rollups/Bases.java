package dvk.rollups;

import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/** The {@code basis} parameter of rollups, exports and packs: {@code current} for today, or a day. */
@Singleton
public class Bases {

    public static final String CURRENT = "current";

    private final Clock clock;

    Bases(Clock clock) {
        this.clock = clock;
    }

    /** Null when absent (the campaign's own structure). */
    @Nullable
    public LocalDate parse(@Nullable String basis) {
        if (basis != null && CURRENT.equals(basis.trim())) {
            return LocalDate.now(clock);
        }
        return Days.parse(basis);
    }
}
