package dvk.errors;

/**
 * A stable error identity: {@code type} is the last part of the problem type URI clients can switch on,
 * and the two templates are filled with {@link String#format} arguments.
 */
public interface ErrorCode {

    String type();

    String messageVi();

    String messageEn();

    default String formatVi(Object... args) {
        return String.format(messageVi(), args);
    }

    default String formatEn(Object... args) {
        return String.format(messageEn(), args);
    }
}
