package dvk.errors;

import java.util.Map;

/** A failure the caller can understand and act on; rendered as problem+json by the HTTP layer. */
public abstract sealed class DvkException extends RuntimeException
        permits NotFoundException, ConflictException, InvalidException, TooLargeException {

    private final ErrorCode code;
    private final transient Object[] args;
    private final transient Map<String, Object> details;

    protected DvkException(ErrorCode code, Map<String, Object> details, Object... args) {
        super(code.formatEn(args));
        this.code = code;
        this.args = args.clone();
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public String messageVi() {
        return code.formatVi(args);
    }

    public String messageEn() {
        return code.formatEn(args);
    }

    /** Extra members for the problem document, such as the list of row errors of a batch. */
    public Map<String, Object> details() {
        return details;
    }
}
