package dvk.web;

import io.micronaut.core.annotation.Nullable;

/**
 * What the frame of every page shows: who is logged in and where, the language, the CSRF token for its
 * forms and the menu entry to mark as current.
 */
public record Layout(
        String lang,
        String otherLang,
        String csrf,
        @Nullable String username,
        @Nullable String unitName,
        boolean submitter,
        boolean manager,
        String path) {

    public boolean loggedIn() {
        return username != null;
    }

    /** True when the current page belongs to the menu entry {@code section} ("/tai-len"). */
    public boolean at(String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }

    /** The dashboard is the home page. */
    public boolean home() {
        return path.equals("/") || at("/bang-dieu-khien");
    }
}
