package io.factcheck.official;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Myanmar coup leader Min Aung Hlaing": the person took power in a coup in that country, which the records show as
 * a term of its Leader post that began with a coup ({@link CoupEntry}). That fact does not lapse at a source's
 * snapshot; the status then asks whether that rule still lasted on the as-of date (current) or had ended (former).
 * <p>
 * Without such a term the answer is UNVERIFIABLE, never REFUTED: a term is tied to a coup by dates alone, and a
 * coup's leader may rule through another man first (South Korea's junta of May 1961 put Chang Do-yong forward for
 * two months before Park Chung-hee took the post) or take the title weeks later, so the missing tie proves nothing.
 */
final class CoupLeaderRule {
    private CoupLeaderRule() {
    }

    static Verdict judge(Check check, List<Match> terms) {
        LocalDate day = check.day();
        List<Match> precise = Match.precise(terms);
        List<Match> coups = precise.stream().filter(m -> m.term().coup() != null).toList();
        if (coups.isEmpty()) {
            return check.unverifiable("The records show " + check.person + " as " + check.post.describe() + " "
                    + Match.spans(precise) + ", but no term of theirs began with a recorded coup. A coup's leader may"
                    + " rule through someone else or take the title later, so this is not a refutation."
                    + check.nameNote(), Match.evidenceOf(precise, "context"));
        }
        Match taken = coups.stream().filter(m -> !m.term().coup().date().isAfter(day))
                .max(Comparator.comparing(m -> m.term().coup().date())).orElse(null);
        if (taken == null) {
            Match first = coups.get(0);
            return check.unverifiable(tookPower(first.term()) + " " + first.term().span() + "; that is after " + day
                    + ", and the records show no earlier coup of " + check.person + "'s." + check.nameNote(),
                    evidence(first, "context"));
        }
        return judgeRule(check, taken, terms);
    }

    /** Whether the rule the coup began still lasted on the day, against the claim's status. */
    private static Verdict judgeRule(Check check, Match taken, List<Match> terms) {
        LocalDate day = check.day();
        Term term = taken.term();
        boolean former = check.status == ClaimStatus.FORMER;
        String took = tookPower(term);
        // from the coup to the Leader term's recorded start (a few days at most), the coup has made them its leader
        boolean beforeStart = day.isBefore(term.start().start());
        List<Match> held = Match.heldOn(terms, day);
        if (beforeStart || !held.isEmpty()) {
            Match holding = beforeStart || held.contains(taken) ? taken : held.get(0);
            String when = beforeStart ? term.heldSpan() + "; " + day + " falls between the coup and that start"
                    : holding == taken ? term.heldSpan() + "; " + day + " falls in that rule"
                    : term.span() + ", and held the post again " + holding.term().heldSpan() + ", which " + day
                    + " falls in";
            String role = former ? "contradicts" : "decides";
            List<Evidence> evidence = new ArrayList<>(evidence(taken, role));
            if (holding != taken) {
                evidence.addAll(holding.term().evidence(role));
            }
            return check.verdict(former ? VerdictLabel.REFUTED : VerdictLabel.SUPPORTED, check.confidence(),
                    took + " " + when + (former ? ", so " + check.person + " was not a former coup leader then." : ".")
                            + check.nameNote(), evidence);
        }
        List<Match> unknown = Match.unknownOn(terms, day);
        if (!unknown.isEmpty()) {
            boolean onlyPastSnapshot = unknown.size() == 1 && unknown.get(0).equals(taken)
                    && term.openPastSnapshot(day);
            if (onlyPastSnapshot && !former) {
                return check.verdict(VerdictLabel.SUPPORTED, check.confidence(), took + " " + term.heldSpan()
                        + ". Having taken power in that coup, " + check.person + " is the coup's leader; the records"
                        + " show no end to that rule, though they cannot follow it past "
                        + term.tenure().source().snapshot() + "." + check.nameNote(), evidence(taken, "decides"));
            }
            Term open = unknown.get(0).term();
            return check.unverifiable(took + (open.equals(term) ? " from " + term.start() + ", but "
                    : " " + term.heldSpan() + ", but for " + open.describe() + " ") + open.whyUnknown(day) + "."
                    + check.nameNote(), evidence(taken, "context"));
        }
        List<Evidence> evidence = new ArrayList<>(evidence(taken, former ? "decides" : "contradicts"));
        if (former) {
            boolean past = check.pastRecords(check.post);
            return check.verdict(VerdictLabel.SUPPORTED, check.confidence() * (past ? Check.PAST_RECORDS : 1.0),
                    took + " " + term.span() + "; that rule had ended before " + day + "."
                            + (past ? FormerRule.pastRecordsNote(check.post) : "") + check.nameNote(), evidence);
        }
        String onTheDay = check.holdersOn(check.post, evidence);
        return check.verdict(VerdictLabel.REFUTED, check.confidence(), took + " " + term.span()
                + "; that rule had ended before " + day + ", so " + check.person + " was a former coup leader then."
                + onTheDay + check.nameNote(), evidence);
    }

    /** "Min Aung Hlaing took power in Myanmar in the coup of 2021-02-01 (its record) and ruled as its Leader" */
    private static String tookPower(Term term) {
        CoupEntry coup = term.coup();
        Tenure tenure = term.tenure();
        return tenure.person() + " took power in " + tenure.jurisdiction().name() + " in the coup of " + coup.date()
                + " (" + coup.source().name() + (coup.recordId() == null ? "" : ", record " + coup.recordId())
                + ") and ruled as its " + tenure.position();
    }

    /** The term's records and the coup's. */
    private static List<Evidence> evidence(Match taken, String role) {
        List<Evidence> out = new ArrayList<>(taken.term().evidence(role));
        out.add(taken.term().coup().evidence(taken.term().tenure(), role));
        return out;
    }
}
