package dvk.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. A row is
 * built in memory and written in one call: the writer's per-character locking was the ingest's hottest spot.
 */
final class CopyLine {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private boolean first = true;

    CopyLine(Writer out) {
        this.out = out;
    }

    CopyLine text(String value) {
        if (!first) {
            line.append('\t');
        }
        first = false;
        if (value == null) {
            line.append("\\N");
            return this;
        }
        if (plain(value)) {
            line.append(value);
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    /** Nothing to escape: appended whole, which is several times faster than char by char. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    CopyLine number(Number value) {
        return value == null ? text(null) : text(value.toString());
    }

    /** A staged value: text, a number, or null. */
    CopyLine value(Object value) {
        return value instanceof Number number ? number(number) : text((String) value);
    }

    void end() {
        try {
            line.append('\n');
            out.append(line);
            line.setLength(0);
            first = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
