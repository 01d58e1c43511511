package io.factcheck.official;

/** How a term's effective end was decided; see {@link TenureIndex} for the rules and {@link EndBasis} for the words. */
enum EndKind { RECORDED, OPEN, SUCCESSOR, GOVERNMENT_FELL, GOVERNMENT_UNCERTAIN }
