package org.careplanner.domain;

/** Support that the budget does not pay for. */
public record OtherSupport(String family, String community, String universalServices, String informationAndAdvice) {
    public OtherSupport {
        family = Text.of(family);
        community = Text.of(community);
        universalServices = Text.of(universalServices);
        informationAndAdvice = Text.of(informationAndAdvice);
    }

    public static OtherSupport empty() {
        return new OtherSupport("", "", "", "");
    }

    public boolean isEmpty() {
        return family.isBlank() && community.isBlank() && universalServices.isBlank() && informationAndAdvice.isBlank();
    }
}
