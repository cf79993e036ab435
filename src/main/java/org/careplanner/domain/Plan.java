package org.careplanner.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a person's care and support plan. Immutable: an edit produces a new value, and a signed
 * version is never changed (an edit after signing starts a new draft version).
 *
 * <p>Sections follow shared/domain.md: about me, working / not working, needs, outcomes, support, budget,
 * how the money is managed (the funding streams), risks and contingency, other support, review, agreement.
 */
public record Plan(
        UUID id,
        int version,
        PlanStatus status,
        Instant createdAt,
        Instant updatedAt,
        Person person,
        CapacityAndConsent capacity,
        PeopleInvolved peopleInvolved,
        AboutMe aboutMe,
        List<WorkingNotWorking> workingNotWorking,
        List<HealthNeed> healthNeeds,
        List<Outcome> outcomes,
        List<SupportLine> supportLines,
        List<FundingStream> fundingStreams,
        Budget budget,
        List<Risk> risks,
        String backupCover,
        OtherSupport otherSupport,
        ReviewArrangement review,
        List<Quote> quotes,
        List<BrokerNote> brokerNotes,
        List<Signature> signatures,
        String disagreement,
        String signedHash) {

    public Plan {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("A plan version starts at 1, not " + version);
        }
        status = status == null ? PlanStatus.DRAFT : status;
        person = person == null ? Person.named("", "") : person;
        capacity = capacity == null ? CapacityAndConsent.notAsked() : capacity;
        peopleInvolved = peopleInvolved == null ? PeopleInvolved.empty() : peopleInvolved;
        aboutMe = aboutMe == null ? AboutMe.empty() : aboutMe;
        workingNotWorking = Text.list(workingNotWorking);
        healthNeeds = Text.list(healthNeeds);
        outcomes = Text.list(outcomes);
        supportLines = Text.list(supportLines);
        fundingStreams = Text.list(fundingStreams);
        budget = budget == null ? Budget.annual(Money.ZERO, null) : budget;
        risks = Text.list(risks);
        backupCover = Text.of(backupCover);
        otherSupport = otherSupport == null ? OtherSupport.empty() : otherSupport;
        review = review == null ? ReviewArrangement.empty() : review;
        quotes = Text.list(quotes);
        brokerNotes = Text.list(brokerNotes);
        signatures = Text.list(signatures);
        disagreement = Text.of(disagreement);
        signedHash = Text.of(signedHash);
    }

    /** A new, empty draft for a person. */
    public static Plan newDraft(UUID id, Person person, Instant now) {
        return new Plan(id, 1, PlanStatus.DRAFT, now, now, person, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), "", null, null, List.of(), List.of(), List.of(), "", "");
    }

    public Optional<FundingStream> fundingStream(String streamId) {
        return fundingStreams.stream().filter(s -> s.id().equals(streamId)).findFirst();
    }

    public Optional<Outcome> outcome(String outcomeId) {
        return outcomes.stream().filter(o -> o.id().equals(outcomeId)).findFirst();
    }

    /** A copy with different support lines (same version: a draft edit). */
    public Plan withSupportLines(List<SupportLine> lines) {
        return new Plan(id, version, status, createdAt, updatedAt, person, capacity, peopleInvolved, aboutMe,
                workingNotWorking, healthNeeds, outcomes, lines, fundingStreams, budget, risks, backupCover,
                otherSupport, review, quotes, brokerNotes, signatures, disagreement, signedHash);
    }

    public Plan withBudget(Budget newBudget) {
        return new Plan(id, version, status, createdAt, updatedAt, person, capacity, peopleInvolved, aboutMe,
                workingNotWorking, healthNeeds, outcomes, supportLines, fundingStreams, newBudget, risks, backupCover,
                otherSupport, review, quotes, brokerNotes, signatures, disagreement, signedHash);
    }

    public Plan withStatus(PlanStatus newStatus) {
        return new Plan(id, version, newStatus, createdAt, updatedAt, person, capacity, peopleInvolved, aboutMe,
                workingNotWorking, healthNeeds, outcomes, supportLines, fundingStreams, budget, risks, backupCover,
                otherSupport, review, quotes, brokerNotes, signatures, disagreement, signedHash);
    }

    /**
     * The next draft version, as an edit of a locked (signed or approved) version starts: signatures and the
     * signed hash are cleared, everything else is carried over for editing.
     */
    public Plan nextDraftVersion(Instant now) {
        return new Plan(id, version + 1, PlanStatus.DRAFT, now, now, person, capacity, peopleInvolved, aboutMe,
                workingNotWorking, healthNeeds, outcomes, supportLines, fundingStreams, budget, risks, backupCover,
                otherSupport, review, quotes, brokerNotes, List.of(), "", "");
    }
}
