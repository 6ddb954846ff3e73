package dvk.rollups;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    RollupReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures by child id, and the total under {@link #TOTAL}; the unit's own rows only in the total. */
    Map<Long, Figures> figures(RollupScope scope) {
        return query(RollupSql.FIGURES, scope.parameters(), rs -> {
            Map<Long, Figures> groups = new HashMap<>();
            while (rs.next()) {
                Long key = groupKey(rs);
                if (key != null) {
                    groups.put(key, Figures.read(rs));
                }
            }
            return groups;
        });
    }

    /** Models by field id, by child id and under {@link #TOTAL}. */
    Map<Long, Map<Long, Long>> fields(RollupScope scope) {
        return query(RollupSql.FIELDS, scope.parameters(), rs -> {
            Map<Long, Map<Long, Long>> groups = new HashMap<>();
            while (rs.next()) {
                Long key = groupKey(rs);
                if (key != null) {
                    groups.computeIfAbsent(key, k -> new HashMap<>()).put(rs.getLong("field_id"), rs.getLong("models"));
                }
            }
            return groups;
        });
    }

    /** Communes and agencies: {communes, agencies} by child id and under {@link #TOTAL}. */
    Map<Long, long[]> unitCounts(RollupScope scope) {
        return query(RollupSql.UNIT_COUNTS, scope.parameters(), rs -> {
            Map<Long, long[]> groups = new HashMap<>();
            while (rs.next()) {
                Long key = groupKey(rs);
                if (key != null) {
                    groups.put(key, new long[] {rs.getLong("communes"), rs.getLong("agencies")});
                }
            }
            return groups;
        });
    }

    /** Child units by id, in code order. */
    Map<Long, Rollup.UnitRef> children(RollupScope scope) {
        return query(RollupSql.CHILDREN, scope.parameters(), rs -> {
            Map<Long, Rollup.UnitRef> children = new LinkedHashMap<>();
            while (rs.next()) {
                children.put(rs.getLong("id"), new Rollup.UnitRef(rs.getString("code"), rs.getString("name"),
                        rs.getString("level"), rs.getString("type")));
            }
            return children;
        });
    }

    List<Rollup.FormSubmissions> submissions(RollupScope scope) {
        return query(RollupSql.SUBMISSIONS, scope.parameters(), rs -> {
            // every form due in the period is listed, with zeros when no commune is expected
            Map<String, FormTally> forms = new LinkedHashMap<>();
            putDue(forms, "registrations", scope.period().dueRegistration());
            putDue(forms, "results", scope.period().dueResults());
            putDue(forms, "indicators", scope.period().dueIndicators());
            while (rs.next()) {
                FormTally form = forms.computeIfAbsent(rs.getString("kind"),
                        kind -> new FormTally(kind, rs2date(rs)));
                form.add(rs.getString("status"), rs.getLong("units"), submitters(rs));
            }
            return forms.values().stream().map(FormTally::toRecord).toList();
        });
    }

    List<Rollup.Candidate> candidates(RollupScope scope, String registrantType, int limit) {
        Map<String, Object> values = new HashMap<>(scope.parameters());
        values.put("type", registrantType);
        values.put("limit", limit);
        return query(RollupSql.CANDIDATES, values, rs -> {
            List<Rollup.Candidate> candidates = new ArrayList<>();
            while (rs.next()) {
                candidates.add(new Rollup.Candidate(candidates.size() + 1, rs.getString("model_code"),
                        rs.getString("model_name"), rs.getString("registrant_name"), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getInt("years_sustained"), rs.getString("proposed_level"),
                        rs.getLong("households"), rs.getLong("people"), rs.getLong("funds_vnd"), rs.getLong("works")));
            }
            return candidates;
        });
    }

    /** {fewest models in a unit's subtree, units} over the units of a type. */
    long[] modelsPerUnit(RollupScope scope, String unitType) {
        Map<String, Object> values = new HashMap<>(scope.parameters());
        values.put("type", unitType);
        return query(RollupSql.MODELS_PER_UNIT, values, rs -> {
            rs.next();
            return new long[] {rs.getLong("fewest"), rs.getLong("units")};
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
        return new ModelPage.Row(rs.getString("code"), rs.getString("model_name"), rs.getString("registrant_type"),
                rs.getString("registrant_name"), rs.getString("unit_code"), rs.getString("unit_name"), fields,
                rs.getString("status"), rs.getString("registered_in"), rs.getTimestamp("received_at").toInstant(),
                rating,
                rating == null ? null : rs.getLong("households"), rating == null ? null : rs.getLong("people"),
                rating == null ? null : rs.getLong("funds_vnd"), rating == null ? null : rs.getLong("works"),
                rating == null ? null : rs.getInt("years_sustained"), rs.getString("proposed_level"));
    }

    private static void putDue(Map<String, FormTally> forms, String kind, LocalDate due) {
        if (due != null) {
            forms.put(kind, new FormTally(kind, due));
        }
    }

    private static LocalDate rs2date(ResultSet rs) {
        try {
            return rs.getObject("due", LocalDate.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Rollup.Submitter> submitters(ResultSet rs) throws SQLException {
        Array codes = rs.getArray("codes");
        if (codes == null) {
            return List.of();
        }
        String[] code = (String[]) codes.getArray();
        String[] name = (String[]) rs.getArray("names").getArray();
        Timestamp[] received = (Timestamp[]) rs.getArray("received").getArray();
        List<Rollup.Submitter> submitters = new ArrayList<>(code.length);
        for (int i = 0; i < code.length; i++) {
            Instant at = received[i] == null ? null : received[i].toInstant();
            submitters.add(new Rollup.Submitter(code[i], name[i], at));
        }
        return submitters;
    }

    /** {@link #TOTAL} for the grand total, the child id for a child, null for the unit's own rows. */
    private static Long groupKey(ResultSet rs) throws SQLException {
        if (rs.getInt("total") == 1) {
            return TOTAL;
        }
        long child = rs.getLong("child_id");
        return rs.wasNull() ? null : child;
    }

    private <T> T query(NamedSql sql, Map<String, Object> values, RowsMapper<T> mapper) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = sql.prepare(connection, values); ResultSet rs = ps.executeQuery()) {
                return mapper.map(rs);
            }
        });
    }

    @FunctionalInterface
    private interface RowsMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Counts of one form by status while its rows are read. */
    private static final class FormTally {
        private final String kind;
        private final LocalDate due;
        private long onTime;
        private long late;
        private long missing;
        private List<Rollup.Submitter> lateUnits = List.of();
        private List<Rollup.Submitter> missingUnits = List.of();

        FormTally(String kind, LocalDate due) {
            this.kind = kind;
            this.due = due;
        }

        void add(String status, long units, List<Rollup.Submitter> submitters) {
            switch (status) {
                case "on-time" -> onTime = units;
                case "late" -> {
                    late = units;
                    lateUnits = submitters;
                }
                default -> {
                    missing = units;
                    missingUnits = submitters;
                }
            }
        }

        Rollup.FormSubmissions toRecord() {
            return new Rollup.FormSubmissions(kind, due, onTime + late + missing, onTime, late, missing, lateUnits,
                    missingUnits);
        }
    }
}
