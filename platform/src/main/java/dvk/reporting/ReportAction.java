package dvk.reporting;

import dvk.errors.InvalidException;
import java.util.Locale;

/** What a user does to a report, and the states it may be done from. */
public enum ReportAction {
    SUBMIT("submitted"),
    APPROVE("approved"),
    RETURN("returned"),
    REOPEN("reopened");

    private final String result;

    ReportAction(String result) {
        this.result = result;
    }

    /** The state the report is in after the action. */
    public String result() {
        return result;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Sent again after a return or a reopening; approved or returned only once sent; reopened once approved. */
    public boolean allowedFrom(String state) {
        return switch (this) {
            case SUBMIT -> state.equals("draft") || state.equals("returned") || state.equals("reopened");
            case APPROVE, RETURN -> state.equals("submitted");
            case REOPEN -> state.equals("approved");
        };
    }

    public boolean byApprover() {
        return this != SUBMIT;
    }

    public static ReportAction parse(String value) {
        for (ReportAction action : values()) {
            if (action.apiName().equals(value)) {
                return action;
            }
        }
        throw new InvalidException(ReportErrorCode.UNKNOWN_ACTION, value);
    }
}
