package dvk.errors;

/**
 * A stable error identity: {@code type} is the last part of the problem type URI clients can switch on,
 * and the two templates are filled with {@link String#format} arguments. Implemented by one short enum per
 * feature whose constants each carry an {@link ErrorText}.
 */
public interface ErrorCode {

    ErrorText text();

    default String type() {
        return text().type();
    }

    default String formatVi(Object... args) {
        return String.format(text().messageVi(), args);
    }

    default String formatEn(Object... args) {
        return String.format(text().messageEn(), args);
    }
}
