package dvk.web;

import dvk.access.Caller;
import dvk.documents.DocumentProfile;
import dvk.documents.DocumentProfiles;
import dvk.errors.InvalidException;
import dvk.http.Days;
import dvk.packs.PackRequest;
import dvk.packs.PackStatus;
import dvk.packs.Packs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Report packs: pick the kind, press the button, watch the progress (the list polls itself with htmx while a
 * pack is being made), download the ZIP or each file.
 */
@Hidden
@Controller("/bo-tai-lieu")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PackPageController {

    private final Selections selections;
    private final Packs packs;
    private final Csrf csrf;
    private final DocumentProfiles profiles;

    PackPageController(Selections selections, Packs packs, Csrf csrf, DocumentProfiles profiles) {
        this.selections = selections;
        this.packs = packs;
        this.csrf = csrf;
        this.profiles = profiles;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(
            Caller caller,
            @Nullable @QueryValue("phong-trao") Long campaign,
            @Nullable @QueryValue("ky") String period,
            @Nullable @QueryValue("don-vi") String unit) {
        Selection sel = selections.resolve(caller, campaign, period, unit);
        return new ModelAndView<>(
                "packs", page(caller, sel, profiles.read(caller, sel.unit().code(), sel.day()), null));
    }

    /**
     * Saves the unit's document profile (its manager only: anyone else gets the 404 of a unit they do not manage);
     * a signing line that does not belong under the issuing body comes back beside the form, with what was typed.
     */
    @Post(value = "/ho-so", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveProfile(HttpRequest<?> request, Caller caller, @Body Map<String, String> form) {
        csrf.verify(request, form.get(Csrf.FIELD));
        Selection sel =
                selections.resolve(caller, Long.valueOf(form.get("phong-trao")), form.get("ky"), form.get("don-vi"));
        DocumentProfile typed = new DocumentProfile(
                form.get("cap-tren"),
                form.get("co-quan"),
                form.get("ky-hieu"),
                form.get("dia-danh"),
                form.get("thay-mat"),
                form.get("chuc-vu-ky"),
                form.get("ho-ten-ky"),
                form.getOrDefault("noi-nhan", "")
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList(),
                false);
        try {
            profiles.save(caller, sel.unit().code(), sel.day(), typed);
        } catch (InvalidException refused) {
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>("packs", page(caller, sel, typed, refused)));
        }
        return HttpResponse.seeOther(UriBuilder.of("/bo-tai-lieu")
                .queryParam("phong-trao", sel.campaign().id())
                .queryParam("ky", sel.period().code())
                .queryParam("don-vi", sel.unit().code())
                .build());
    }

    private Map<String, Object> page(Caller caller, Selection sel, DocumentProfile profile, InvalidException refused) {
        Map<String, Object> model = jobs(caller, sel);
        model.put("profile", profile);
        model.put("profileRecipients", String.join("\n", profile.recipients()));
        model.put("profileErrorVi", refused == null ? null : refused.messageVi());
        model.put("profileErrorEn", refused == null ? null : refused.messageEn());
        return model;
    }

    /** The list of the unit's packs alone, for the page's polling while one is being made. */
    @Get(value = "/danh-sach", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(
            Caller caller,
            @QueryValue("phong-trao") long campaign,
            @QueryValue("ky") String period,
            @QueryValue("don-vi") String unit) {
        return new ModelAndView<>("packs :: jobs", jobs(caller, selections.resolve(caller, campaign, period, unit)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> create(HttpRequest<?> request, Caller caller, @Body Map<String, String> form) {
        csrf.verify(request, form.get(Csrf.FIELD));
        Selection sel =
                selections.resolve(caller, Long.valueOf(form.get("phong-trao")), form.get("ky"), form.get("don-vi"));
        String title = filled(form, "chuc-vu");
        String name = filled(form, "nguoi-ky");
        packs.request(
                caller,
                new PackRequest(
                        sel.unit().code(),
                        sel.campaign().id(),
                        sel.period().code(),
                        form.get("loai"),
                        filled(form, "so"),
                        Days.parse(filled(form, "ngay")),
                        title == null && name == null ? null : new PackRequest.Signer(null, title, name),
                        null));
        return new ModelAndView<>("packs :: jobs", jobs(caller, sel));
    }

    private static String filled(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Get("/{id}/zip")
    HttpResponse<byte[]> zip(Caller caller, @PathVariable long id) {
        Packs.PackFile zip = packs.zip(caller, id);
        return download(zip.name(), zip.content());
    }

    @Get("/{id}/{format:pdf|docx|xlsx}")
    HttpResponse<byte[]> file(Caller caller, @PathVariable long id, @PathVariable String format) {
        Packs.PackFile file = packs.file(caller, id, format);
        return download(file.name(), file.content());
    }

    private Map<String, Object> jobs(Caller caller, Selection sel) {
        List<PackStatus> jobs = packs.recent(caller, sel.unit().code(), sel.day());
        Map<String, Object> model = new HashMap<>();
        model.put("sel", sel);
        model.put("jobs", jobs);
        model.put("busy", jobs.stream().anyMatch(j -> !"done".equals(j.status()) && !"failed".equals(j.status())));
        model.put(
                "times",
                jobs.stream().map(j -> Formats.dateTime(j.requestedAt())).toList());
        return model;
    }

    private static HttpResponse<byte[]> download(String name, byte[] content) {
        return HttpResponse.ok(content)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
