package io.factcheck.kernel;

/**
 * A claim that passed its field constraints but that a verifier cannot read: a date written in no form it knows,
 * a relative date without the publication date it needs. The doors answer it as a 400 naming the field.
 */
public class ClaimRejected extends RuntimeException {
    private final String field;

    public ClaimRejected(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
