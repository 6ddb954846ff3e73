package dvk.reports.pack;

/** Whether a model is new, continued from an earlier period or replicated from elsewhere. */
public enum ModelStatus {
    NEW("Mới"),
    CONTINUED("Tiếp tục"),
    REPLICATED("Nhân rộng");

    private final String label;

    ModelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
