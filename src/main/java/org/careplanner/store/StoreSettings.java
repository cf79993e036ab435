package org.careplanner.store;

import java.time.Clock;
import java.util.Objects;

/**
 * What the store needs from outside: the clock it stamps saves with, the id of whoever is working (for the
 * audit log: an id, never a name), the rule for the next review date, the plan document codec, and each line's annual cost for finance,
 * and the passphrase the store is opened with ({@link StorePassphrase#NOT_GIVEN} until someone types it).
 */
public record StoreSettings(Clock clock, String actor, NextReviewDate nextReviewDate, PlanDocuments documents,
                            LineCosts lineCosts, PlanChecks planChecks, StorePassphrase passphrase) {

    public StoreSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(documents, "documents");
        actor = actor == null || actor.isBlank() ? "local" : actor;
        nextReviewDate = nextReviewDate == null ? NextReviewDate.NOT_KNOWN : nextReviewDate;
        lineCosts = lineCosts == null ? LineCosts.NOT_KNOWN : lineCosts;
        planChecks = planChecks == null ? PlanChecks.WITHOUT_PRICES : planChecks;
        passphrase = passphrase == null ? StorePassphrase.NOT_GIVEN : passphrase;
    }

    public StoreSettings(Clock clock, String actor, NextReviewDate nextReviewDate, PlanDocuments documents,
                         LineCosts lineCosts, PlanChecks planChecks) {
        this(clock, actor, nextReviewDate, documents, lineCosts, planChecks, StorePassphrase.NOT_GIVEN);
    }

    /** These settings with the passphrase a person typed (copied; the caller wipes its own array). */
    public StoreSettings withPassphrase(char[] chars) {
        return withPassphrase(passphrase.withChars(chars));
    }

    public StoreSettings withPassphrase(StorePassphrase newPassphrase) {
        return new StoreSettings(clock, actor, nextReviewDate, documents, lineCosts, planChecks, newPassphrase);
    }

    /** The system clock, actor "local", no review rule or line costs yet, and the exchange package's plan file format. */
    public static StoreSettings defaults() {
        return new StoreSettings(Clock.systemUTC(), "local", NextReviewDate.NOT_KNOWN, new PlanFileDocuments(),
                LineCosts.NOT_KNOWN, PlanChecks.WITHOUT_PRICES, StorePassphrase.NOT_GIVEN);
    }

    public StoreSettings withNextReviewDate(NextReviewDate rule) {
        return new StoreSettings(clock, actor, rule, documents, lineCosts, planChecks, passphrase);
    }

    public StoreSettings withLineCosts(LineCosts costs) {
        return new StoreSettings(clock, actor, nextReviewDate, documents, costs, planChecks, passphrase);
    }

    public StoreSettings withPlanChecks(PlanChecks checks) {
        return new StoreSettings(clock, actor, nextReviewDate, documents, lineCosts, checks, passphrase);
    }

    public StoreSettings withClock(Clock newClock) {
        return new StoreSettings(newClock, actor, nextReviewDate, documents, lineCosts, planChecks, passphrase);
    }
}
