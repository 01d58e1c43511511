package io.factcheck.api;

/** A claim that cannot be checked as sent; carries the problem document every door answers with. */
public class InvalidClaimException extends RuntimeException {
    private final transient Problem problem;

    public InvalidClaimException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
