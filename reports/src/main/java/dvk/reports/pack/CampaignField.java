package dvk.reports.pack;

/** One field of the campaign (lĩnh vực), e.g. code "GPMB", name "Giải phóng mặt bằng". */
public record CampaignField(String code, String name) {}
