package dvk.web;

import dvk.time.Vietnam;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates and times as Vietnamese offices write them, in Vietnam's time zone. */
final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {}

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(Vietnam.ZONE));
    }
}
