package dvk.web;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.access.UnitAccess;
import dvk.http.CallerBinder;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/** Adds the {@link Layout} to the model of every page rendered by a controller. */
@Singleton
class Layouts implements ViewModelProcessor<Map<String, Object>> {

    private final Csrf csrf;
    private final UnitAccess access;
    private final HttpLocaleResolver locales;

    Layouts(Csrf csrf, UnitAccess access, HttpLocaleResolver locales) {
        this.csrf = csrf;
        this.access = access;
        this.locales = locales;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        modelAndView.getModel().ifPresent(model -> model.putIfAbsent("layout", layout(request, true)));
    }

    /** The layout; {@code withUnit} false spares the database, as error pages must. */
    Layout layout(HttpRequest<?> request, boolean withUnit) {
        String lang = lang(request);
        Optional<Caller> caller = request.getUserPrincipal(Authentication.class).map(CallerBinder::toCaller);
        String unitName = caller.filter(c -> withUnit && c.unitId() != null)
                .map(this::unitName)
                .orElse(null);
        return new Layout(
                lang,
                "vi".equals(lang) ? "en" : "vi",
                csrf.token(request),
                caller.map(Caller::username).orElse(null),
                unitName,
                caller.map(c -> c.role().atLeast(Role.SUBMITTER)).orElse(false),
                caller.map(c -> c.role().atLeast(Role.MANAGER)).orElse(false),
                request.getPath());
    }

    String lang(HttpRequest<?> request) {
        return "en".equals(locales.resolveOrDefault(request).getLanguage()) ? "en" : "vi";
    }

    private String unitName(Caller caller) {
        return access.readable(caller, caller.unitId()).name();
    }
}
