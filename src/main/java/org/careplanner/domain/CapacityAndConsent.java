package org.careplanner.domain;

/**
 * Recorded answers about capacity and consent. A null answer means it has not been asked yet.
 *
 * @param hasCapacityToTakePart  whether the person has the mental capacity to take part in planning
 * @param bestInterestsDecision  the best-interests decision, if one was made
 * @param advocateNeeded         whether an independent advocate was needed
 * @param consentToShare         whether the person consents to information being shared
 */
public record CapacityAndConsent(
        Boolean hasCapacityToTakePart,
        String bestInterestsDecision,
        Boolean advocateNeeded,
        Boolean consentToShare) {

    public CapacityAndConsent {
        bestInterestsDecision = Text.of(bestInterestsDecision);
    }

    public static CapacityAndConsent notAsked() {
        return new CapacityAndConsent(null, "", null, null);
    }
}
