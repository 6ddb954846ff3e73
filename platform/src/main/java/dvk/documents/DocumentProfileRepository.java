package dvk.documents;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Singleton
@Connectable
class DocumentProfileRepository {

    private final JdbcOperations jdbc;

    DocumentProfileRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DocumentProfile> find(long provinceId, long unitId) {
        return jdbc.prepareStatement("""
                SELECT superior_body, issuing_body, document_symbol, place_name, signer_on_behalf, signer_title,
                       signer_name, recipients
                  FROM unit_document_profile WHERE province_id = ? AND unit_id = ?
                """, ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DocumentProfile(
                        rs.getString("superior_body"),
                        rs.getString("issuing_body"),
                        rs.getString("document_symbol"),
                        rs.getString("place_name"),
                        rs.getString("signer_on_behalf"),
                        rs.getString("signer_title"),
                        rs.getString("signer_name"),
                        list(rs.getArray("recipients")),
                        true));
            }
        });
    }

    void save(long provinceId, long unitId, DocumentProfile profile, long userId) {
        jdbc.prepareStatement("""
                INSERT INTO unit_document_profile (province_id, unit_id, superior_body, issuing_body, document_symbol,
                       place_name, signer_on_behalf, signer_title, signer_name, recipients, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (province_id, unit_id) DO UPDATE SET superior_body = EXCLUDED.superior_body,
                       issuing_body = EXCLUDED.issuing_body, document_symbol = EXCLUDED.document_symbol,
                       place_name = EXCLUDED.place_name, signer_on_behalf = EXCLUDED.signer_on_behalf,
                       signer_title = EXCLUDED.signer_title, signer_name = EXCLUDED.signer_name,
                       recipients = EXCLUDED.recipients, updated_by = EXCLUDED.updated_by, updated_at = now()
                """, ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, unitId);
            ps.setString(3, profile.superiorBody());
            ps.setString(4, profile.issuingBody());
            ps.setString(5, profile.documentSymbol());
            ps.setString(6, profile.placeName());
            ps.setString(7, profile.signerOnBehalf());
            ps.setString(8, profile.signerTitle());
            ps.setString(9, profile.signerName());
            ps.setArray(
                    10,
                    ps.getConnection()
                            .createArrayOf("text", profile.recipients().toArray()));
            ps.setLong(11, userId);
            return ps.executeUpdate();
        });
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
