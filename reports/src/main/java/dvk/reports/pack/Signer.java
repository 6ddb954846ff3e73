package dvk.reports.pack;

/** The signature block: on whose behalf ("T/M BAN THƯỜNG VỤ"), the signer's title and name. */
public record Signer(String onBehalfOf, String title, String name) {}
