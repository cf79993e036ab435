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
        return edit().supportLines(lines).done();
    }

    public Plan withBudget(Budget newBudget) {
        return edit().budget(newBudget).done();
    }

    public Plan withStatus(PlanStatus newStatus) {
        return edit().status(newStatus).done();
    }

    /**
     * A copy carrying the hash taken when it was signed (the signing service computes it over the canonical
     * form; see docs/decisions/0008-*.md). Nothing else changes.
     */
    public Plan withSignedHash(String hash) {
        return new Plan(id, version, status, createdAt, updatedAt, person, capacity, peopleInvolved, aboutMe,
                workingNotWorking, healthNeeds, outcomes, supportLines, fundingStreams, budget, risks, backupCover,
                otherSupport, review, quotes, brokerNotes, signatures, disagreement, hash);
    }

    /** Starts a copy with some parts changed: {@code plan.edit().outcomes(list).risks(other).done()}. */
    public Edit edit() {
        return new Edit(this);
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

    /**
     * A copy of a plan being put together part by part; {@link #done()} builds it, through the record's checks.
     * Only the parts a broker edits in a draft; id, version, created time and the signed hash are carried over.
     */
    public static final class Edit {
        private final Plan from;
        private PlanStatus status;
        private Instant updatedAt;
        private Person person;
        private CapacityAndConsent capacity;
        private PeopleInvolved peopleInvolved;
        private AboutMe aboutMe;
        private List<WorkingNotWorking> workingNotWorking;
        private List<HealthNeed> healthNeeds;
        private List<Outcome> outcomes;
        private List<SupportLine> supportLines;
        private List<FundingStream> fundingStreams;
        private Budget budget;
        private List<Risk> risks;
        private String backupCover;
        private OtherSupport otherSupport;
        private ReviewArrangement review;
        private List<Quote> quotes;
        private List<BrokerNote> brokerNotes;
        private List<Signature> signatures;
        private String disagreement;

        private Edit(Plan p) {
            from = p;
            status = p.status;
            updatedAt = p.updatedAt;
            person = p.person;
            capacity = p.capacity;
            peopleInvolved = p.peopleInvolved;
            aboutMe = p.aboutMe;
            workingNotWorking = p.workingNotWorking;
            healthNeeds = p.healthNeeds;
            outcomes = p.outcomes;
            supportLines = p.supportLines;
            fundingStreams = p.fundingStreams;
            budget = p.budget;
            risks = p.risks;
            backupCover = p.backupCover;
            otherSupport = p.otherSupport;
            review = p.review;
            quotes = p.quotes;
            brokerNotes = p.brokerNotes;
            signatures = p.signatures;
            disagreement = p.disagreement;
        }

        public Edit status(PlanStatus v) { status = v; return this; }
        public Edit updatedAt(Instant v) { updatedAt = v; return this; }
        public Edit person(Person v) { person = v; return this; }
        public Edit capacity(CapacityAndConsent v) { capacity = v; return this; }
        public Edit peopleInvolved(PeopleInvolved v) { peopleInvolved = v; return this; }
        public Edit aboutMe(AboutMe v) { aboutMe = v; return this; }
        public Edit workingNotWorking(List<WorkingNotWorking> v) { workingNotWorking = v; return this; }
        public Edit healthNeeds(List<HealthNeed> v) { healthNeeds = v; return this; }
        public Edit outcomes(List<Outcome> v) { outcomes = v; return this; }
        public Edit supportLines(List<SupportLine> v) { supportLines = v; return this; }
        public Edit fundingStreams(List<FundingStream> v) { fundingStreams = v; return this; }
        public Edit budget(Budget v) { budget = v; return this; }
        public Edit risks(List<Risk> v) { risks = v; return this; }
        public Edit backupCover(String v) { backupCover = v; return this; }
        public Edit otherSupport(OtherSupport v) { otherSupport = v; return this; }
        public Edit review(ReviewArrangement v) { review = v; return this; }
        public Edit quotes(List<Quote> v) { quotes = v; return this; }
        public Edit brokerNotes(List<BrokerNote> v) { brokerNotes = v; return this; }
        public Edit signatures(List<Signature> v) { signatures = v; return this; }
        public Edit disagreement(String v) { disagreement = v; return this; }

        public Plan done() {
            return new Plan(from.id, from.version, status, from.createdAt, updatedAt, person, capacity,
                    peopleInvolved, aboutMe, workingNotWorking, healthNeeds, outcomes, supportLines, fundingStreams,
                    budget, risks, backupCover, otherSupport, review, quotes, brokerNotes, signatures, disagreement,
                    from.signedHash);
        }
    }
}
