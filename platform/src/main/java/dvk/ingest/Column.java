package dvk.ingest;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A column of a batch layout: the Vietnamese header as printed on the forms, its ASCII alias, and whether
 * it must be present. {@code id} is how the code refers to it; a field column's id is the field's code.
 */
record Column(String id, String header, String alias, boolean required, Set<String> keys) {

    static Column of(String id, String header, String alias, boolean required, String... synonyms) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Texts.key(header));
        // "Kinh phí huy động (đồng)" is often typed without the unit in brackets
        keys.add(Texts.key(header.replaceAll("\\(.*?\\)", "")));
        keys.add(Texts.key(alias));
        for (String synonym : synonyms) {
            keys.add(Texts.key(synonym));
        }
        return new Column(id, header, alias, required, Set.copyOf(keys));
    }

    boolean matches(String headerKey) {
        return keys.contains(headerKey);
    }
}
