package dvk.web;

import dvk.access.Caller;
import dvk.units.UnitRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/** The dashboard of a unit: pickers, breadcrumbs, and the unit's children to drill down into. */
@Hidden
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    private final Selections selections;
    private final UnitRepository units;

    DashboardController(Selections selections, UnitRepository units) {
        this.selections = selections;
        this.units = units;
    }

    @Get(uris = {"/", "/bang-dieu-khien"}, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dashboard(Caller caller,
                                                @Nullable @QueryValue("phong-trao") Long campaign,
                                                @Nullable @QueryValue("ky") String period,
                                                @Nullable @QueryValue("don-vi") String unit) {
        Selection selection = selections.resolve(caller, campaign, period, unit);
        Map<String, Object> model = new HashMap<>();
        model.put("sel", selection);
        model.put("children", units.children(selection.unit(), selection.day()));
        return new ModelAndView<>("dashboard", model);
    }
}
