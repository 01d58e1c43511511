/**
 * Re-checking published verdicts: each verdict (or each claim of a story check) is asked again of the loaded dataset,
 * at the claim's own date or at a date the caller names, and compared with what was published. Plain Java above the
 * wings: it asks their verifiers and never loads data itself.
 */
package io.factcheck.recheck;
