package io.factcheck.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.kernel.validation.IsoDateValidator;
import io.factcheck.recheck.Change;
import io.factcheck.recheck.PublishedVerdict;
import io.factcheck.recheck.RecheckAnswer;
import io.factcheck.recheck.RecheckReport;
import io.factcheck.recheck.Rechecker;
import io.quarkus.logging.Log;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads re-check items for both doors (the REST resource and the {@code recheck} function) and asks each of the
 * re-check core. An item is a verdict as returned, {@code {"verdict": ..., "request": ...}}, or a story check; one
 * that cannot be read gets a problem in its own slot, named by its path ({@code items[3].claim.name}).
 */
@ApplicationScoped
// read and written by Jackson here, not as a door's declared type: a native image must be told
@RegisterForReflection(targets = {PublishedVerdict.class, Evidence.class, DatasetRef.class, RecheckReport.class,
        RecheckAnswer.class, Change.class})
public class Rechecks {
    private static final String ITEM_FORMS = "must be a verdict as returned, {\"verdict\": verdict, \"request\":"
            + " claim}, or a story check (with \"claims\")";

    private final ServingDataset serving;
    private final ClaimReader claims;
    private final ObjectMapper mapper;
    private final DoorMetrics metrics;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public Rechecks(ServingDataset serving, ClaimReader claims, ObjectMapper mapper, DoorMetrics metrics) {
        this.serving = serving;
        this.claims = claims;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /**
     * @param asOf     "today", a date, or null (each claim at its own date)
     * @param instance the path the request came in on
     */
    public RecheckReport recheck(RecheckRequest request, String asOf, String instance) {
        RecheckRequest valid = claims.validate(request, instance);
        LocalDate today = LocalDate.now(clock);
        LocalDate at = date(asOf, today, instance);
        String atBasis = at == null ? null : "asOf=" + asOf.strip();
        Rechecker rechecker = new Rechecker(serving.dataset()); // one dataset answers every item, even during a reload
        List<RecheckAnswer> results = new ArrayList<>(valid.items().size());
        for (int i = 0; i < valid.items().size(); i++) {
            results.add(item(rechecker, valid.items().get(i), i, at, atBasis, instance));
        }
        RecheckReport report = RecheckReport.of(at == null ? null : at.toString(), today.toString(),
                rechecker.dataset().ref(), results);
        metrics.rechecked(report);
        return report;
    }

    private static LocalDate date(String asOf, LocalDate today, String instance) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        if (asOf.strip().equals("today")) {
            return today;
        }
        LocalDate date = IsoDateValidator.parse(asOf.strip());
        if (date == null || date.getYear() < IsoDateValidator.MIN_YEAR || date.getYear() > IsoDateValidator.MAX_YEAR) {
            throw new InvalidClaimException(Problem.invalidClaim(List.of(new Problem.Violation("asOf",
                    "must be 'today' or an existing date yyyy-mm-dd between " + IsoDateValidator.MIN_YEAR + " and "
                            + IsoDateValidator.MAX_YEAR)), instance));
        }
        return date;
    }

    private RecheckAnswer item(Rechecker rechecker, JsonNode item, int index, LocalDate at, String atBasis,
                               String instance) {
        String path = "items[" + index + "]";
        if (item == null || !item.isObject()) {
            return RecheckAnswer.failed(index, null, null, null, problem(path, ClaimReader.NOT_AN_OBJECT, instance));
        }
        String id = item.path("id").isValueNode() && !item.path("id").isNull() ? item.get("id").asText() : null;
        if (item.path("claims").isArray()) {
            List<RecheckAnswer> answers = new ArrayList<>();
            JsonNode found = item.get("claims");
            for (int j = 0; j < found.size(); j++) {
                JsonNode claim = found.get(j);
                String claimPath = path + ".claims[" + j + "]";
                String claimId = claim.path("id").isTextual() ? claim.get("id").asText() : null;
                answers.add(claim.isObject()
                        ? claim(rechecker, j, claimId, claim.get("verdict"), claim.get("claim"), claimPath + ".verdict",
                                claimPath + ".claim", at, atBasis, instance)
                        : RecheckAnswer.failed(j, null, null, null, problem(claimPath, ClaimReader.NOT_AN_OBJECT,
                                instance)));
            }
            return RecheckAnswer.story(index, id, answers);
        }
        if (item.path("verdict").isObject()) {
            return claim(rechecker, index, id, item.get("verdict"), item.get("request"), path + ".verdict",
                    path + ".request", at, atBasis, instance);
        }
        if (item.path("verdict").isTextual()) {
            return claim(rechecker, index, id, item, null, path, null, at, atBasis, instance);
        }
        return RecheckAnswer.failed(index, id, null, null, problem(path, ITEM_FORMS, instance));
    }

    /**
     * One published verdict asked again.
     *
     * @param request the claim as sent, when kept beside the verdict (a story's claims always are); else the
     *                verdict's claim as understood is read as the request
     */
    private RecheckAnswer claim(Rechecker rechecker, int index, String id, JsonNode verdict, JsonNode request,
                                String verdictPath, String requestPath, LocalDate at, String atBasis,
                                String instance) {
        String kind = verdict != null && verdict.path("kind").isTextual() ? verdict.get("kind").asText() : null;
        VerdictLabel label = label(verdict);
        try {
            if (verdict == null || !verdict.isObject()) {
                throw new InvalidClaimException(problem(verdictPath, "must be the verdict as returned",
                        instance));
            }
            PublishedVerdict original = claims.read(verdict, PublishedVerdict.class, verdictPath + ".", instance);
            Class<?> type = Rechecker.claimType(original.kind());
            if (type == null) {
                throw new InvalidClaimException(problem(verdictPath + ".kind", "must be one of: "
                        + Rechecker.kinds(), instance));
            }
            KindNotServedException.requireServed(rechecker.dataset(), original.kind());
            Object claim;
            if (request != null && !request.isNull()) {
                claim = claims.read(request, type, requestPath + ".", instance);
            } else if (original.claim() != null) {
                claim = claims.read(mapper.valueToTree(Rechecker.requestOf(original.kind(), original.claim())), type,
                        verdictPath + ".claim.", instance);
            } else {
                throw new InvalidClaimException(problem(verdictPath + ".claim", "must be the claim as understood,"
                        + " or the request must be given beside the verdict", instance));
            }
            return rechecker.recheck(index, id, claim, original, at, atBasis);
        } catch (InvalidClaimException e) {
            return RecheckAnswer.failed(index, id, kind, label, e.problem());
        } catch (KindNotServedException e) {
            return RecheckAnswer.failed(index, id, kind, label, e.problem(instance));
        } catch (ClaimRejected e) {
            return RecheckAnswer.failed(index, id, kind, label, Problems.of(e, (request != null && !request.isNull()
                    ? requestPath : verdictPath + ".claim") + ".", instance));
        } catch (RuntimeException e) {
            // one item's failure must not sink the others: it gets a 500 problem in its own slot
            Log.errorf(e, "Unexpected failure re-checking %s", verdictPath);
            return RecheckAnswer.failed(index, id, kind, label, Problem.internal(instance));
        }
    }

    /** The published label, when it can be read, so even an error answer says what was published. */
    private VerdictLabel label(JsonNode verdict) {
        JsonNode label = verdict == null ? null : verdict.get("verdict");
        if (label == null || !label.isTextual()) {
            return null;
        }
        try {
            return mapper.treeToValue(label, VerdictLabel.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Problem problem(String field, String message, String instance) {
        return Problem.invalidClaim(List.of(new Problem.Violation(field, message)), instance);
    }
}
