package dvk.audit;

import dvk.access.Caller;
import dvk.access.ScopeSql;
import dvk.access.UnitAccess;
import dvk.errors.InvalidException;
import dvk.time.Vietnam;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading the audit trail within the caller's scope: the entries about units of their subtree (an administrator
 * reads everything, logins of unknown names too). Outside the scope there is nothing, never a hint.
 */
@Singleton
public class AuditTrail {

    public static final int PAGE_SIZE = 100;

    private static final String WHERE = """
              FROM audit_entry a
              LEFT JOIN unit u ON u.id = a.unit_id
             WHERE %s
               AND (CAST(? AS ltree) IS NULL OR a.unit_path <@ CAST(? AS ltree))
               AND (CAST(? AS timestamptz) IS NULL OR a.at >= CAST(? AS timestamptz))
               AND (CAST(? AS timestamptz) IS NULL OR a.at < CAST(? AS timestamptz))
               AND (CAST(? AS text) IS NULL OR a.actor = CAST(? AS text))
               AND (CAST(? AS text) IS NULL OR a.action = CAST(? AS text) OR a.action LIKE CAST(? AS text) || '.%%')
            """.formatted(ScopeSql.readsAt("a.unit_path"));

    private final JdbcOperations jdbc;
    private final UnitAccess unitAccess;
    private final JsonMapper json;

    AuditTrail(JdbcOperations jdbc, UnitAccess unitAccess, JsonMapper json) {
        this.jdbc = jdbc;
        this.unitAccess = unitAccess;
        this.json = json;
    }

    /** A filter of the trail; {@code action} matches a whole name or a prefix ("report" matches "report.approve"). */
    public record Filter(
            @Nullable String unitCode,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String actor,
            @Nullable String action) {}

    @Transactional(readOnly = true)
    public AuditView page(Caller caller, Filter filter, int page) {
        if (page < 1) {
            throw new InvalidException(AuditErrorCode.INVALID_PAGE, page);
        }
        String under = blank(filter.unitCode())
                ? null
                : unitAccess.readable(caller, filter.unitCode().trim(), null).path();
        Object[] values = values(caller, filter, under);
        long total = jdbc.prepareStatement("SELECT count(*) " + WHERE, ps -> {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<AuditView.Entry> entries = jdbc.prepareStatement(
                """
                SELECT a.id, a.at, a.actor, a.action, u.code, u.name, a.campaign_id, a.subject, a.details::text,
                       a.address
                """ + WHERE + " ORDER BY a.id LIMIT " + PAGE_SIZE + " OFFSET " + (long) (page - 1) * PAGE_SIZE, ps -> {
                    bind(ps, values);
                    List<AuditView.Entry> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new AuditView.Entry(
                                    rs.getLong(1),
                                    rs.getObject(2, OffsetDateTime.class),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    (Long) rs.getObject(7),
                                    rs.getString(8),
                                    details(rs.getString(9)),
                                    rs.getString(10)));
                        }
                    }
                    return rows;
                });
        return new AuditView(total, page, PAGE_SIZE, entries);
    }

    private static Object[] values(Caller caller, Filter filter, @Nullable String under) {
        String scope = caller.readScope();
        OffsetDateTime from = filter.from() == null
                ? null
                : filter.from().atStartOfDay(Vietnam.ZONE).toOffsetDateTime();
        OffsetDateTime to = filter.to() == null
                ? null
                : filter.to().plusDays(1).atStartOfDay(Vietnam.ZONE).toOffsetDateTime();
        String actor = blank(filter.actor()) ? null : filter.actor().trim();
        String action = blank(filter.action()) ? null : filter.action().trim();
        return new Object[] {scope, under, under, from, from, to, to, actor, actor, action, action, action};
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private Map<String, Object> details(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
