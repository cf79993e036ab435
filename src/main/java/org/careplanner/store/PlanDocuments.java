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

    /** The document format version written by {@link #write} (stored beside each document). */
    int formatVersion();
}
