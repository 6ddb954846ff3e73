package dvk.errors;

/** The stable type of an error and its Vietnamese and English message templates. */
public record ErrorText(String type, String messageVi, String messageEn) {}
