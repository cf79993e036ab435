package org.careplanner.store;

import org.careplanner.domain.Plan;

/**
 * How a plan version becomes the JSON document the store keeps, and back. The store does not write JSON
 * itself: the exchange package's codec does (one plan format for files and the store alike).
 */
public interface PlanDocuments {

    /** The version as its canonical document: the same plan always gives the same text. */
    String write(Plan plan);

    /** The plan a stored document holds. Documents in the store were written by {@link #write}. */
    Plan read(String document);

    /**
     * The text a signature covers (the plan without its signatures): the store keeps its SHA-256 beside each
     * version so the signing work can check a signed version has not changed.
     */
    String canonical(Plan plan);

    /** The document format version written by {@link #write} (stored beside each document). */
    int formatVersion();
}
