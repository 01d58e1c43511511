package io.factcheck.kernel;

import java.util.List;

/**
 * A country or body that claims name: its id, the names copy uses for it, and the codes sources key it by
 * (ISO 3166 alpha-3, Correlates of War, and the Gleditsch-Ward codes that Archigos and UCDP use: a place may have
 * several, e.g. Germany 255 before 1945 and 260 after).
 */
public record Place(String id, String name, List<String> aliases, List<String> demonyms, String iso3,
                    String cowCode, String cowAbb, List<String> gwCodes) {
}
