package io.factcheck.casualties;

import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * "At least 883 people have been killed in the crackdown since the coup, according to AAPP": a count of people
 * killed, dead, injured, detained or arrested, in a place, for an event, as of a date. The constraints are the one
 * rule set every entry point enforces (the core itself never runs a validator); what passes them but cannot be
 * read (an unknown measure word or qualifier) is a {@link io.factcheck.kernel.ClaimRejected}, also a 400.
 *
 * <p>{@code count} is a whole number: JSON {@code 12.5} must be a 400, never read as 12. The {@code Long} type
 * carries that only when the JSON layer refuses to coerce a float to an integer (Jackson's default,
 * {@code ACCEPT_FLOAT_AS_INT}, truncates): the doors' {@code JsonConfig} must set
 * {@code coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)}.
 * The upper bound keeps the qualifier arithmetic far from overflow; it is larger than any count of people.
 *
 * @param place     "Myanmar", "Burma", "Italy"
 * @param event     optional: "post-coup crackdown", "COVID-19", "2023 earthquake"; without it the place and
 *                  measure must fit one event
 * @param measure   as written: "killed", "deaths", "dead", "civilians killed", "injured", "detained", "arrested"
 *                  (see {@link MeasureWords})
 * @param count     the figure, a whole number
 * @param qualifier as written: "at least", "more than", "nearly", "about", "up to"; absent means exact (see
 *                  {@link Qualifier})
 * @param asOf      the date the figure is claimed for; default the copy's publication date, else today
 * @param source    who the copy attributes the figure to: "AAPP", "UN", "Johns Hopkins", "the junta"
 */
public record CasualtyClaim(
        @NotBlank @Size(max = 200) String place,
        @Size(max = 200) String event,
        @NotBlank @Size(max = 100) String measure,
        @NotNull @PositiveOrZero @Max(CasualtyReader.MAX_VALUE) Long count,
        @Size(max = 50) String qualifier,
        @IsoDate String asOf,
        @Size(max = 100) String source,
        @Valid ClaimContext context) {
}
