package dvk.errors;

import java.util.Map;

public final class InvalidException extends DvkException {

    public InvalidException(ErrorCode code, Object... args) {
        super(code, Map.of(), args);
    }

    public InvalidException(ErrorCode code, Map<String, Object> details, Object... args) {
        super(code, details, args);
    }
}
