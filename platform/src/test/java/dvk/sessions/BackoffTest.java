package dvk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void anAccountWaitsFromTheFourthFailureDoublingAndIsLockedForAQuarterHourFromTheTenth() {
        List<Long> waits = IntStream.rangeClosed(1, 12)
                .mapToObj(Backoff.ACCOUNT::after)
                .map(Duration::toSeconds)
                .toList();

        assertEquals(List.of(0L, 0L, 0L, 5L, 10L, 20L, 40L, 80L, 160L, 900L, 900L, 900L), waits);
    }

    @Test
    void anAddressSharedByAnOfficeToleratesMoreButNeverWaitsLongerThanTheLock() {
        assertEquals(Duration.ZERO, Backoff.ADDRESS.after(29));
        assertEquals(Duration.ofSeconds(5), Backoff.ADDRESS.after(30));
        assertEquals(Duration.ofMinutes(15), Backoff.ADDRESS.after(40));
        assertEquals(Duration.ofMinutes(15), Backoff.ADDRESS.after(Integer.MAX_VALUE));
    }
}
