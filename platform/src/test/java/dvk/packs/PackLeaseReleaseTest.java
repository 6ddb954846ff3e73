package dvk.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A job whose instance stopped cleanly is free at once, not after its lease, and the cut attempt is not counted. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackLeaseReleaseTest implements DatabaseTest {

    @Inject
    PackRepository repository;

    @Inject
    ApplicationContext context;

    @Test
    void aReleasedLeaseIsTakenUpAtTheNextSweep() throws Exception {
        Sql sql = Sql.of(context);
        long id = sql.number("""
                INSERT INTO pack (province_id, unit_id, campaign_id, period_id, kind, requested_by, requested_at,
                                  status, progress, claimed_until, attempts)
                SELECT c.province_id, u.id, c.id, p.id, 'so-ket-6-thang', a.id, now() - interval '1 minute',
                       'running', 30, now() + interval '5 minutes', 1
                  FROM campaign c
                  JOIN unit u ON u.province_id = c.province_id AND u.id = c.issuer_unit_id AND u.code = '10'
                  JOIN campaign_period p ON p.province_id = c.province_id AND p.campaign_id = c.id
                                        AND p.code = '2023-H1'
                  JOIN app_user a ON a.username = 'tinh'
                 LIMIT 1
                RETURNING id
                """);
        assertFalse(repository.abandoned().contains(id), "held under a live lease: nobody takes it");

        repository.release(List.of(id));

        assertTrue(repository.abandoned().contains(id), "free for the next sweep");
        assertEquals(0, sql.number("SELECT attempts FROM pack WHERE id = " + id), "the cut attempt is not counted");
    }
}
