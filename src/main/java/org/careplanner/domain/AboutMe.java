package org.careplanner.domain;

/**
 * The one-page profile: what matters to the person, in their words.
 */
public record AboutMe(
        String likeAndAdmire,
        String importantTo,
        String importantFor,
        String howBestToSupport,
        String goodDay,
        String badDay) {

    public AboutMe {
        likeAndAdmire = Text.of(likeAndAdmire);
        importantTo = Text.of(importantTo);
        importantFor = Text.of(importantFor);
        howBestToSupport = Text.of(howBestToSupport);
        goodDay = Text.of(goodDay);
        badDay = Text.of(badDay);
    }

    public static AboutMe empty() {
        return new AboutMe("", "", "", "", "", "");
    }

    public boolean isEmpty() {
        return likeAndAdmire.isBlank() && importantTo.isBlank() && importantFor.isBlank()
                && howBestToSupport.isBlank() && goodDay.isBlank() && badDay.isBlank();
    }
}
