package dvk.reports.pack;

/** Which meeting the pack is for; the label is how documents name it. */
public enum PackKind {
    SO_KET_6_THANG("Sơ kết 6 tháng"),
    TONG_KET_NAM("Tổng kết năm");

    private final String label;

    PackKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
