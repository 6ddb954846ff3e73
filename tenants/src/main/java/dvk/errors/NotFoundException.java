package dvk.errors;

import java.util.Map;

/** Also what a caller gets for something outside their scope: a 403 would confirm that it exists. */
public final class NotFoundException extends DvkException {

    public NotFoundException(ErrorCode code, Object... args) {
        super(code, Map.of(), args);
    }
}
