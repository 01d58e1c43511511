package io.factcheck.official;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.SourceInfo;

import java.time.LocalDate;

/**
 * A tenure that began with a coup (tenures.csv column {@code entry} = {@code coup}), with the coup's own record. It
 * is kept on the tenure row, not looked up in events.csv, because a deployment serving officials alone loads no
 * events. The bundled dataset's importer ties a REIGN Leader spell to a realized coup of the Cline Center list in
 * the same country on its start day or up to three days before it.
 *
 * @param date     the day of the coup
 * @param source   where the coup record comes from
 * @param recordId the coup's id at that source, if known
 */
public record CoupEntry(LocalDate date, SourceInfo source, String recordId) {
    public static final String KIND = "coup";

    /** The coup record as evidence, found on the row of the tenure it began. */
    Evidence evidence(Tenure tenure, String role) {
        return source.evidence(null, recordId, tenure.location(), "coup in " + tenure.jurisdiction().name() + " on "
                + date + ", at the start of " + tenure.person() + "'s term as " + tenure.position(), role);
    }
}
