package dvk.reports.pack;

/** Efficiency rating given when a model is reviewed. */
public enum Efficiency {
    HIGH("Cao"),
    GOOD("Khá"),
    AVERAGE("Trung bình"),
    NOT_MET("Chưa đạt");

    private final String label;

    Efficiency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
