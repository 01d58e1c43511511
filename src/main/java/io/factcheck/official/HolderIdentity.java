package io.factcheck.official;

import io.factcheck.kernel.DateSpan;

import java.util.List;

/**
 * Which tenure rows are about one person, settled once at load: one person, one entity, however many sources
 * write them and in whatever form ("Blair", "E. Kenny", "Luiz Inacio Lula" beside the identified holder).
 */
final class HolderIdentity {
    private final TenureStore store;

    HolderIdentity(TenureStore store) {
        this.store = store;
    }

    /**
     * One person, one entity: a row without a person id (a surname-only source: Archigos' "Blair") is about the one
     * identified person (Tony Blair, Q9545) whose name it matches and who held the same post at overlapping dates.
     */
    void link(int[] post) {
        boolean anyIdentified = false;
        for (int row : post) {
            anyIdentified |= store.personId(row) != null;
        }
        if (!anyIdentified) {
            linkShortNames(post);
            return;
        }
        for (int row : post) {
            if (store.personId(row) != null) {
                continue;
            }
            long from = store.startFirstDay(row);
            long until = store.recordedEnd(row) == null ? Long.MAX_VALUE : store.recordedEnd(row).end().toEpochDay();
            int found = -1;
            int sameWords = containingName(row, post);
            if (sameWords >= 0) {
                store.link(row, sameWords);
                continue;
            }
            for (int other : post) {
                if (store.startFirstDay(other) > until) {
                    break; // the post's rows are in start order
                }
                String id = store.personId(other);
                if (id == null || endOf(other) < from
                        || !new Term(store, other).match(store.personName(row)).isMatch()) {
                    continue;
                }
                if (found >= 0 && !id.equals(store.personId(found))) {
                    found = -1; // two people fit: leave it unlinked
                    break;
                }
                found = other;
            }
            if (found >= 0) {
                store.link(row, found);
            }
        }
        linkShortNames(post);
    }

    /**
     * Among records without a person id, an initial or a surname alone ("E. Kenny", "Kenny") is the one person of a
     * fuller name ("Enda Kenny", the Factbook's) who held the same post at overlapping dates: one source abbreviating
     * does not make two holders. Each links to a fuller name, so the links cannot loop.
     */
    private void linkShortNames(int[] post) {
        for (int row : post) {
            if (store.personId(row) != null || store.linkedTo(row) >= 0) {
                continue; // identified, or already linked
            }
            PersonName name = store.personName(row);
            if (name.tokens().size() > 1 && name.tokens().stream().noneMatch(t -> t.replace(".", "").length() == 1)) {
                continue; // neither an initial nor a surname alone
            }
            long from = store.startFirstDay(row);
            long until = endOf(row);
            int found = -1;
            for (int other : post) {
                if (store.startFirstDay(other) > until) {
                    break;
                }
                if (other == row || endOf(other) < from
                        || store.person(other).length() <= store.person(row).length()
                        || !store.personName(other).matchAgainst(name).isMatch()) {
                    continue; // the fuller name, written, must fit the short one as recorded ("E. Kenny")
                }
                if (found >= 0 && !store.personKey(found).equals(store.personKey(other))) {
                    found = -1; // two fuller names fit: leave it alone
                    break;
                }
                found = other;
            }
            if (found >= 0) {
                store.link(row, found);
            }
        }
    }

    /**
     * A name of two words or more whose every word is in one identified holder's name in the post, at any dates: the
     * Factbook's "Luiz Inacio Lula" of 2023 is Wikidata's "Luiz Inácio Lula da Silva" of 2003. -1 when no one, or
     * more than one person, fits.
     */
    private int containingName(int row, int[] post) {
        List<String> words = store.personName(row).skeletons();
        if (words.size() < 2) {
            return -1;
        }
        int found = -1;
        for (int other : post) {
            String id = store.personId(other);
            if (id == null || !store.personName(other).skeletons().containsAll(words)) {
                continue;
            }
            if (found >= 0 && !id.equals(store.personId(found))) {
                return -1;
            }
            found = other;
        }
        return found;
    }

    private long endOf(int row) {
        DateSpan end = store.recordedEnd(row);
        return end == null ? Long.MAX_VALUE : end.end().toEpochDay();
    }

    /** Whether two rows are about the same person: the same key, else names that match, unless both are identified. */
    boolean samePerson(int a, int b) {
        String idA = store.personKey(a);
        String idB = store.personKey(b);
        if (idA.equals(idB)) {
            return true;
        }
        if (store.personId(a) != null && store.personId(b) != null
                || OfficialVerifier.isPersonId(idA) && OfficialVerifier.isPersonId(idB)) {
            return false;
        }
        return store.personName(a).matchAgainst(store.personName(b)).isMatch();
    }
}
