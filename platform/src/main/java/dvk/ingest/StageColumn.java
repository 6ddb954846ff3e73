package dvk.ingest;

import java.util.function.Function;

/**
 * A column of a form's staging table {@code ingest_stage}: its name, its PostgreSQL type, and how a checked row
 * of the form ({@code R}) gives its value (a {@link Number}, a {@link String} or null).
 */
record StageColumn<R>(String name, String type, Function<R, ?> value) {

    static <R> StageColumn<R> of(String name, String type, Function<R, ?> value) {
        return new StageColumn<>(name, type, value);
    }
}
