package io.factcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.parallel.ResourceLock;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.api.ClaimReader;
import io.factcheck.api.InvalidClaimException;
import io.factcheck.api.JsonConfig;
import io.factcheck.api.Problem;
import io.factcheck.api.ValidationConfig;
import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import io.factcheck.story.Story;
import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim binding and validation every door shares ({@link ClaimReader} with the doors' strict JSON and Unicode
 * blank rules), fuzzed directly: any body is a claim or a problem document (400 or 413, a stable type, no words of
 * Jackson's or Java's); a bound claim is verified or refused with {@link ClaimRejected}, and a verdict that confirms
 * or contradicts cites evidence. Input: the claim kind (official, date, casualties or story), a newline, the body.
 */
@ResourceLock(FuzzInput.JAZZER) // Jazzer runs one fuzz test at a time (the plain tests run in parallel)
class ClaimBindingFuzzTest {
    private static final ClaimReader READER = new ClaimReader(JsonConfig.strict(new ObjectMapper().findAndRegisterModules()),
            ValidationConfig.strict(Validation.byProvider(HibernateValidator.class).configure())
                    .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());
    private static final Map<String, Class<?>> TYPES = Map.of("official", OfficialClaim.class, "date", DateClaim.class,
            "casualties", CasualtyClaim.class, "story", Story.class);
    private static final Map<Class<?>, Function<Object, Verdict>> VERIFY = Map.of(
            OfficialClaim.class, claim -> FuzzDataset.DATASET.officials().verify((OfficialClaim) claim),
            DateClaim.class, claim -> FuzzDataset.DATASET.dates().verify((DateClaim) claim),
            CasualtyClaim.class, claim -> FuzzDataset.DATASET.casualties().verify((CasualtyClaim) claim));
    private static final List<String> INTERNALS = List.of("Jackson", "java.", "`", "Exception", "at io.");

    @FuzzTest(maxDuration = "60s")
    void bindsOrAnswersAProblem(byte[] data) {
        String[] input = FuzzInput.lines(data, 2);
        Class<?> type = TYPES.getOrDefault(input[0].strip(), OfficialClaim.class);
        Object claim;
        try {
            claim = type == Story.class ? READER.validateStory(READER.read(input[1], Story.class, "/fuzz"), "/fuzz")
                    : READER.read(input[1], type, "/fuzz");
        } catch (InvalidClaimException refused) {
            Problem problem = refused.problem();
            assertThat(problem.status()).as(input[1]).isIn(400, 413);
            assertThat(problem.type()).startsWith("urn:factcheck:problem:");
            // the field names are the client's own words (any key it sent); the rest must be ours
            String ours = problem.detail();
            for (Problem.Violation violation : problem.violations() == null ? List.<Problem.Violation>of()
                    : problem.violations()) {
                ours = ours.replace(violation.field(), "");
            }
            for (String word : INTERNALS) {
                assertThat(ours).as(input[1]).doesNotContain(word);
            }
            return;
        }
        assertThat(claim).isInstanceOf(type);
        if (VERIFY.containsKey(type)) {
            try {
                FuzzDataset.checkEvidence(VERIFY.get(type).apply(claim), input[1]);
            } catch (ClaimRejected rejected) {
                assertThat(rejected.field()).as(input[1]).isNotBlank();
            }
        }
    }
}
