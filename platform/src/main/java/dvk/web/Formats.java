package dvk.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as Vietnamese offices write them, in Vietnam's time zone. */
final class Formats {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(VIETNAM));
    }
}
