package io.factcheck.dates;

import io.factcheck.dates.DateExpressionException.Reason;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Focused checks beside the corpora: the example, the API's extras, invariants over many anchors */
class DateExpressionReaderTest {
    private static final DateExpressionReader READER = new DateExpressionReader();
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 28);
    private static final LocalDate COUP = LocalDate.of(2021, 2, 1);

    @Test
    void almostFiveMonthsBeforeJune28ContainsTheCoup() {
        DateReadings read = READER.read("almost five months ago", PUBLISHED);

        assertThat(read.readings()).hasSize(1);
        assertThat(read.best().precision()).isEqualTo(DatePrecision.FUZZY);
        assertThat(read.best().contains(COUP)).isTrue();
        assertThat(read.best().start()).isEqualTo(LocalDate.of(2021, 1, 28)); // exactly five months before
        assertThat(read.understood()).isEqualTo("almost 5 months ago");
        assertThat(read.rule()).isEqualTo("hedged-ago");
        assertThat(read.usesPublicationDate()).isTrue();
    }

    @Test
    void aStatedWeekdayIsReportedAndItsContradictionVisible() {
        DateReadings wrong = READER.read("Sunday, February 1, 2021");
        assertThat(wrong.readings()).containsExactly(DateSpan.day(COUP));
        assertThat(wrong.statedWeekday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(wrong.weekdayContradicted()).isTrue();

        DateReadings right = READER.read("Monday, February 1, 2021");
        assertThat(right.weekdayContradicted()).isFalse();
        assertThat(READER.read("February 1, 2021").weekdayContradicted()).isFalse();
    }

    @Test
    void aStatedWeekdayOrdersAmbiguousNumericReadingsButDropsNone() {
        DateReadings read = READER.read("Saturday, 2/1/2021");
        assertThat(read.readings()).containsExactly(DateSpan.day(LocalDate.of(2021, 1, 2)), DateSpan.day(COUP));
        assertThat(read.weekdayFits(read.readings().get(0))).isTrue();
        assertThat(read.weekdayFits(read.readings().get(1))).isFalse();
        assertThat(read.weekdayContradicted()).isFalse();
    }

    @Test
    void partialAndRelativeDatesAskForThePublicationDate() {
        for (String text : List.of("Feb. 1", "Sunday night", "yesterday", "five months ago", "last November")) {
            assertThatThrownBy(() -> READER.read(text, null))
                    .isInstanceOfSatisfying(DateExpressionException.class, e -> {
                        assertThat(e.needsPublicationDate()).as(text).isTrue();
                        assertThat(e.reason()).isEqualTo(Reason.NEEDS_PUBLICATION_DATE);
                        assertThat(e.getMessage()).startsWith("'" + text + "': ").contains("publication date");
                    });
        }
    }

    @Test
    void nullAndOverlongTextFailWithAReason() {
        assertThatThrownBy(() -> READER.read(null, PUBLISHED))
                .isInstanceOfSatisfying(DateExpressionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        assertThatThrownBy(() -> READER.read("early ".repeat(30) + "2021", PUBLISHED))
                .isInstanceOfSatisfying(DateExpressionException.class,
                        e -> assertThat(e.detail()).contains("longer than any date expression"));
        // many modifiers in a row stay cheap and are refused
        assertThatThrownBy(() -> READER.read("Monday Monday Monday Monday Monday night night night night", PUBLISHED))
                .isInstanceOfSatisfying(DateExpressionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_DATE));
    }

    @Test
    void dateWithoutYearIsTheMostRecentOccurrenceOnOrBeforeTheAnchor() {
        String[] months = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
                "Dec."};
        for (LocalDate anchor = LocalDate.of(2019, 12, 20); anchor.isBefore(LocalDate.of(2021, 3, 10));
             anchor = anchor.plusDays(11)) {
            for (int m = 1; m <= 12; m++) {
                for (int d = 1; d <= 28; d += 9) {
                    LocalDate day = READER.read(months[m - 1] + " " + d, anchor).best().start();
                    assertThat(day).isBeforeOrEqualTo(anchor).isAfter(anchor.minusYears(1));
                    assertThat(day.getMonthValue()).isEqualTo(m);
                    assertThat(day.getDayOfMonth()).isEqualTo(d);
                }
            }
        }
    }

    @Test
    void bareWeekdayIsWithinTheWeekEndingOnTheAnchor() {
        for (LocalDate anchor = LocalDate.of(2021, 1, 1); anchor.isBefore(LocalDate.of(2021, 1, 15));
             anchor = anchor.plusDays(1)) {
            for (DayOfWeek day : DayOfWeek.values()) {
                LocalDate read = READER.read(day.name().toLowerCase(), anchor).best().start();
                assertThat(read.getDayOfWeek()).isEqualTo(day);
                assertThat(ChronoUnit.DAYS.between(read, anchor)).isBetween(0L, 6L);
            }
        }
    }

    @Test
    void hedgesNestAroundTheExactPointAndNeverPassTheAnchor() {
        String[] units = {"days", "weeks", "months", "years"};
        for (LocalDate anchor = LocalDate.of(2020, 1, 31); anchor.isBefore(LocalDate.of(2022, 1, 1));
             anchor = anchor.plusDays(37)) {
            for (String unit : units) {
                for (int n = 2; n <= 12; n += 5) {
                    String ago = n + " " + unit + " ago";
                    DateSpan exact = READER.read(ago, anchor).best();
                    DateSpan about = READER.read("about " + ago, anchor).best();
                    DateSpan almost = READER.read("almost " + ago, anchor).best();
                    DateSpan justOver = READER.read("just over " + ago, anchor).best();
                    DateSpan moreThan = READER.read("more than " + ago, anchor).best();
                    DateSpan lessThan = READER.read("less than " + ago, anchor).best();
                    LocalDate point = almost.start();
                    String context = ago + " on " + anchor;
                    assertThat(exact.contains(point)).as(context).isTrue();
                    assertThat(about.start()).as(context).isBeforeOrEqualTo(exact.start());
                    assertThat(about.end()).as(context).isAfterOrEqualTo(exact.end());
                    assertThat(justOver.end()).as(context).isEqualTo(point);
                    assertThat(moreThan.end()).as(context).isEqualTo(point);
                    assertThat(moreThan.start()).as(context).isBeforeOrEqualTo(justOver.start());
                    assertThat(lessThan.start()).as(context).isEqualTo(point);
                    assertThat(lessThan.end()).as(context).isEqualTo(anchor);
                    for (DateSpan span : List.of(exact, about, almost, justOver, moreThan, lessThan)) {
                        assertThat(span.end()).as(context).isBeforeOrEqualTo(anchor);
                    }
                }
            }
        }
    }

}
