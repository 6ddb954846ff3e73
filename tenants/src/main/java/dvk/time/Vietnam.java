package dvk.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** Vietnam's time: deadlines, "today" and the day a unit code is read on are all days in Hà Nội. */
@Factory
public class Vietnam {

    /** For annotations, which take a constant ({@code @Scheduled(zoneId = …)}). */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    /** The clock every "today" comes from; a test may replace the bean to live on another day. */
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
