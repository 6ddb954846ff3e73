package dvk.reports.pack;

import java.util.List;

/** One unit's registrations for the Mẫu M2 annex, collectives and individuals mixed in any order. */
public record AnnexUnit(String unitCode, String unitName, List<Registration> registrations) {

    public AnnexUnit {
        registrations = List.copyOf(registrations);
    }
}
