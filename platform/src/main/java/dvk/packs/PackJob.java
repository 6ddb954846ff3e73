package dvk.packs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pack request as stored, with what the generator needs to run it. */
record PackJob(
        long id,
        long provinceId,
        long unitId,
        String unitCode,
        String unitName,
        long campaignId,
        String periodCode,
        String kind,
        String status,
        int progress,
        String error,
        Instant asOf,
        Instant requestedAt,
        Instant finishedAt,
        String baseName,
        String number,
        LocalDate reportDate,
        String signerOnBehalf,
        String signerTitle,
        String signerName,
        List<String> recipients,
        long requestedBy) {

    static final List<String> FORMATS = List.of("pdf", "docx", "xlsx");

    PackStatus view() {
        return new PackStatus(
                id,
                unitCode,
                unitName,
                campaignId,
                periodCode,
                kind,
                status,
                progress,
                error,
                asOf,
                requestedAt,
                finishedAt,
                "done".equals(status) ? FORMATS : List.of());
    }
}
