package dvk.errors;

import java.util.Map;

/** A request body over the size the service accepts, refused before it is read to the end (HTTP 413). */
public final class TooLargeException extends DvkException {

    public TooLargeException(ErrorCode code, Object... args) {
        super(code, Map.of(), args);
    }
}
