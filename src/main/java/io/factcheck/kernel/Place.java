package io.factcheck.kernel;

import java.util.List;

/** A country or body that claims name: its id, the names copy uses for it, and codes sources key it by. */
public record Place(String id, String name, List<String> aliases, List<String> demonyms, String iso3,
                    String cowCode, String cowAbb) {
}
