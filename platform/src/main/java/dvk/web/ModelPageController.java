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
 * A model's page: its life (state, years sustained and the years they come from, its registrations in other
 * campaigns and across the 1/7/2025 lineage, what it replicates and who replicated it, merges), its versions and
 * results; the same answer as {@code GET /api/models/{code}/history}, within the user's scope.
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
        // the layout adds its own entries to the model
        Map<String, Object> model = new HashMap<>();
        model.put("m", history.of(caller, code, campaign, unit));
        return new ModelAndView<>("model", model);
    }
}
