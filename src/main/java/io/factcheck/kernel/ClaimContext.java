package io.factcheck.kernel;

import io.factcheck.kernel.validation.IsoDate;

/** Where a claim comes from: the copy's publication date anchors relative dates and is the default as-of date. */
public record ClaimContext(@IsoDate String publishedAt) {
}
