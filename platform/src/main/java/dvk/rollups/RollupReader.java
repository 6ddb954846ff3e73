package dvk.rollups;

import dvk.ingest.BatchKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the read statements of {@link RollupSql} for a scope and maps their rows. */
@Singleton
class RollupReader {

    /** Key of the whole-subtree group in the maps below. */
    static final long TOTAL = Long.MIN_VALUE;

    private final JdbcOperations jdbc;
    private final FigureSql figureSql;

    RollupReader(JdbcOperations jdbc, FigureSql figureSql) {
        this.jdbc = jdbc;
        this.figureSql = figureSql;
    }

    /** Figures by child id, and the whole subtree's under {@link #TOTAL}. */
    Map<Long, Figures> figures(RollupScope scope) {
        return query(figureSql.figures(), scope.parameters(), rs -> {
            Map<Long, Figures> groups = new HashMap<>();
            while (rs.next()) {
                groups.put(groupKey(rs), Figures.read(rs, figureSql.list()));
            }
            return groups;
        });
    }

    /**
     * {@link #figures} counting only the rows whose report is approved, and all of {@code own} (the caller's
     * own unit's path when it sends reports, else empty).
     */
    Map<Long, Figures> approvedFigures(RollupScope scope, String own) {
        return query(figureSql.approvedFigures(), approvedParameters(scope, own), rs -> {
            Map<Long, Figures> groups = new HashMap<>();
            while (rs.next()) {
                groups.put(groupKey(rs), Figures.read(rs, figureSql.list()));
            }
            return groups;
        });
    }

    /** Models by field id, by child id and under {@link #TOTAL}. */
    Map<Long, Map<Long, Long>> fields(RollupScope scope) {
        return fields(RollupSql.FIELDS, scope.parameters());
    }

    /** {@link #fields} counting only approved registrations (see {@link #approvedFigures}). */
    Map<Long, Map<Long, Long>> approvedFields(RollupScope scope, String own) {
        return fields(RollupSql.APPROVED_FIELDS, approvedParameters(scope, own));
    }

    /** The subtree's reports of the period by state, every state present (zero when none). */
    Rollup.ReportStates reportStates(RollupScope scope) {
        return query(RollupSql.REPORT_STATES, scope.parameters(), rs -> {
            Map<String, Long> byState = new HashMap<>();
            while (rs.next()) {
                byState.put(rs.getString("state"), rs.getLong("reports"));
            }
            return new Rollup.ReportStates(
                    byState.getOrDefault("draft", 0L),
                    byState.getOrDefault("submitted", 0L),
                    byState.getOrDefault("approved", 0L),
                    byState.getOrDefault("returned", 0L),
                    byState.getOrDefault("reopened", 0L));
        });
    }

    private static Map<String, Object> approvedParameters(RollupScope scope, String own) {
        Map<String, Object> values = new HashMap<>(scope.parameters());
        values.put("own", own);
        values.put(
                "kinds",
                Arrays.stream(BatchKind.values()).map(BatchKind::sqlName).toArray(String[]::new));
        return values;
    }

    private Map<Long, Map<Long, Long>> fields(NamedSql sql, Map<String, Object> values) {
        return query(sql, values, rs -> {
            Map<Long, Map<Long, Long>> groups = new HashMap<>();
            while (rs.next()) {
                groups.computeIfAbsent(groupKey(rs), k -> new HashMap<>())
                        .put(rs.getLong("field_id"), rs.getLong("models"));
            }
            return groups;
        });
    }

    /** Child units by id, in code order. */
    Map<Long, Rollup.UnitRef> children(RollupScope scope) {
        return query(RollupSql.CHILDREN, scope.parameters(), rs -> {
            Map<Long, Rollup.UnitRef> children = new LinkedHashMap<>();
            while (rs.next()) {
                children.put(
                        rs.getLong("id"),
                        new Rollup.UnitRef(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("level"),
                                rs.getString("type")));
            }
            return children;
        });
    }

    /**
     * Every form due in the period (zeros when no commune is expected), in {@link BatchKind} order, with the late
     * and missing communes.
     */
    List<Rollup.FormSubmissions> submissions(RollupScope scope) {
        Map<String, FormCount> counts = query(RollupSql.FORMS, scope.parameters(), rs -> {
            Map<String, FormCount> byKind = new HashMap<>();
            while (rs.next()) {
                byKind.put(
                        rs.getString("kind"),
                        new FormCount(
                                rs.getObject("due", LocalDate.class),
                                rs.getLong("expected"),
                                rs.getLong("on_time"),
                                rs.getLong("late")));
            }
            return byKind;
        });
        Map<String, List<Rollup.Submitter>> late = new HashMap<>();
        Map<String, List<Rollup.Submitter>> missing = new HashMap<>();
        query(RollupSql.BEHIND, scope.parameters(), rs -> {
            while (rs.next()) {
                Timestamp at = rs.getTimestamp("first_at");
                (at == null ? missing : late)
                        .computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>())
                        .add(new Rollup.Submitter(
                                rs.getString("code"), rs.getString("name"), at == null ? null : at.toInstant()));
            }
            return null;
        });
        List<Rollup.FormSubmissions> forms = new ArrayList<>();
        for (BatchKind kind : BatchKind.values()) {
            FormCount form = counts.getOrDefault(kind.sqlName(), FormCount.NONE);
            LocalDate due = kind.dueIn(scope.period());
            if (due == null && form.expected() == 0) {
                continue;
            }
            forms.add(new Rollup.FormSubmissions(
                    kind.sqlName(),
                    due != null ? due : form.due(),
                    form.expected(),
                    form.onTime(),
                    form.late(),
                    form.expected() - form.onTime() - form.late(),
                    late.getOrDefault(kind.sqlName(), List.of()),
                    missing.getOrDefault(kind.sqlName(), List.of())));
        }
        return forms;
    }

    /**
     * One form's counts in a total: the communes expected (those in force, where the form is due), how many of
     * them sent it on time and late (the rest are missing), and the earliest due day of the total's slices.
     */
    private record FormCount(@Nullable LocalDate due, long expected, long onTime, long late) {
        static final FormCount NONE = new FormCount(null, 0, 0, 0);
    }

    /** Both rankings, by registrant type, each cut at its limit. */
    Map<String, List<Rollup.Candidate>> candidates(RollupScope scope, int collectiveLimit, int individualLimit) {
        Map<String, Object> values = new HashMap<>(scope.parameters());
        values.put("collectiveLimit", collectiveLimit);
        values.put("individualLimit", individualLimit);
        return query(RollupSql.CANDIDATES, values, rs -> {
            Map<String, List<Rollup.Candidate>> byType =
                    new HashMap<>(Map.of("collective", new ArrayList<>(), "individual", new ArrayList<>()));
            while (rs.next()) {
                byType.get(rs.getString("registrant_type"))
                        .add(new Rollup.Candidate(
                                rs.getInt("rank"),
                                rs.getString("model_code"),
                                rs.getString("model_name"),
                                rs.getString("registrant_name"),
                                rs.getString("unit_code"),
                                rs.getString("unit_name"),
                                rs.getInt("years_sustained"),
                                rs.getString("proposed_level"),
                                rs.getLong("households"),
                                rs.getLong("people"),
                                rs.getLong("funds_vnd"),
                                rs.getLong("works")));
            }
            return byType;
        });
    }

    /** By unit type: {fewest models any unit of the type has in its subtree, units of the type}. */
    Map<String, long[]> modelsPerUnit(RollupScope scope) {
        return query(RollupSql.MODELS_PER_UNIT, scope.parameters(), rs -> {
            Map<String, long[]> byType = new HashMap<>();
            while (rs.next()) {
                byType.put(rs.getString("unit_type"), new long[] {rs.getLong("fewest"), rs.getLong("units")});
            }
            return byType;
        });
    }

    ModelPage models(RollupScope scope, Map<String, Object> filter, int page, int size) {
        Map<String, Object> values = new HashMap<>(scope.parameters());
        values.putAll(filter);
        values.put("limit", size);
        values.put("offset", (long) (page - 1) * size);
        return query(RollupSql.MODELS, values, rs -> {
            List<ModelPage.Row> rows = new ArrayList<>();
            long total = 0;
            while (rs.next()) {
                total = rs.getLong("total");
                rows.add(modelRow(scope, rs));
            }
            return new ModelPage(total, page, size, rows);
        });
    }

    private static ModelPage.Row modelRow(RollupScope scope, ResultSet rs) throws SQLException {
        List<String> fields = new ArrayList<>();
        for (Long id : (Long[]) rs.getArray("field_ids").getArray()) {
            var field = scope.fields().get(id);
            fields.add(field == null ? String.valueOf(id) : field.code());
        }
        String rating = rs.getString("rating");
        return new ModelPage.Row(
                rs.getString("code"),
                rs.getString("model_name"),
                rs.getString("registrant_type"),
                rs.getString("registrant_name"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                fields,
                rs.getString("status"),
                rs.getString("registered_in"),
                rs.getTimestamp("received_at").toInstant(),
                rating,
                rating == null ? null : rs.getLong("households"),
                rating == null ? null : rs.getLong("people"),
                rating == null ? null : rs.getLong("funds_vnd"),
                rating == null ? null : rs.getLong("works"),
                rating == null ? null : rs.getInt("years_sustained"),
                rs.getString("proposed_level"));
    }

    /** {@link #TOTAL} for the whole subtree, else the child's id. */
    private static long groupKey(ResultSet rs) throws SQLException {
        return rs.getInt("total") == 1 ? TOTAL : rs.getLong("child_id");
    }

    private <T> T query(NamedSql sql, Map<String, Object> values, RowsMapper<T> mapper) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = sql.prepare(connection, values);
                    ResultSet rs = ps.executeQuery()) {
                return mapper.map(rs);
            }
        });
    }

    @FunctionalInterface
    private interface RowsMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
