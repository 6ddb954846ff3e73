package dvk.errors;

import java.util.Map;

public final class ConflictException extends DvkException {

    public ConflictException(ErrorCode code, Object... args) {
        super(code, Map.of(), args);
    }

    public ConflictException(ErrorCode code, Map<String, Object> details, Object... args) {
        super(code, details, args);
    }
}
