package dvk.web;

import dvk.access.Caller;
import dvk.ingest.ModelHistory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;

/**
 * A model's page by its code ("Mã mô hình"): its life (state, years sustained and the years they come from, its
 * registrations in other campaigns and across the 1/7/2025 lineage, what it replicates and who replicated it,
 * merges), then every version of its registration and of its results, each with the batch, file, file row, user
 * and time; the same answer as {@code GET /api/models/{code}/history}, within the user's scope. A code that
 * repeats is narrowed by {@code phong-trao} and {@code don-vi}, which every link to the page carries.
 */
@Hidden
@Controller("/mo-hinh")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ModelPageController {

    private final ModelHistory history;

    ModelPageController(ModelHistory history) {
        this.history = history;
    }

    @Get(value = "/{code}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(
            Caller caller,
            @PathVariable String code,
            @Nullable @QueryValue("phong-trao") Long campaign,
            @Nullable @QueryValue("don-vi") String unit) {
        ModelHistory.History model = history.of(caller, code, campaign, unit);
        Map<String, Object> values = new HashMap<>();
        values.put("model", model);
        values.put(
                "versionTimes",
                model.versions().stream()
                        .map(v -> Formats.dateTime(v.receivedAt().toInstant()))
                        .toList());
        values.put(
                "resultTimes",
                model.results().stream()
                        .map(r -> Formats.dateTime(r.receivedAt().toInstant()))
                        .toList());
        return new ModelAndView<>("model", values);
    }
}
