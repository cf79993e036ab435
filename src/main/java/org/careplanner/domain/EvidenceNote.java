package org.careplanner.domain;

/**
 * A line for something without a clear evidence base (aromatherapy, gardening, singing lessons):
 * allowed, but it needs a written rationale and a clinical-review note.
 */
public record EvidenceNote(boolean lacksEvidenceBase, String rationale, String clinicalReviewNote) {
    public EvidenceNote {
        rationale = Text.of(rationale);
        clinicalReviewNote = Text.of(clinicalReviewNote);
    }
}
