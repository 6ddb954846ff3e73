package dvk.reports.pack;

/** Who registers a model. */
public enum RegistrantType {
    COLLECTIVE("Tập thể"),
    INDIVIDUAL("Cá nhân");

    private final String label;

    RegistrantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
