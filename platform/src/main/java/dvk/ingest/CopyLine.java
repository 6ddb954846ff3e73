package dvk.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyLine {

    private final Writer out;
    private boolean first = true;

    CopyLine(Writer out) {
        this.out = out;
    }

    CopyLine text(String value) {
        try {
            separate();
            if (value == null) {
                out.write("\\N");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CopyLine number(Number value) {
        return value == null ? text(null) : text(value.toString());
    }

    void end() {
        try {
            out.write('\n');
            first = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void separate() throws IOException {
        if (!first) {
            out.write('\t');
        }
        first = false;
    }
}
