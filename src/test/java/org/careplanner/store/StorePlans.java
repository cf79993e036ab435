package org.careplanner.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.Budget;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.Contact;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.OtherSupport;
import org.careplanner.domain.PeopleInvolved;
import org.careplanner.domain.ReviewArrangement;
import org.careplanner.domain.WorkingNotWorking;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.NhsNumber;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Risk;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.domain.StageOfChange;
import org.careplanner.domain.SupportLine;

/** Made-up people and plans for the store's tests. */
final class StorePlans {

    /** NHS numbers that pass the Modulus 11 check (worked by hand: see NhsNumberTest for the method). */
    static final String NHS_ZOE = "9434765919";
    static final String NHS_NGUYEN = "4010232137";

    static final Instant CREATED = Instant.parse("2026-04-01T09:00:00Z");

    private StorePlans() {
    }

    static Person person(String given, String family, String nhs) {
        return new Person(given, family, "", LocalDate.of(1970, 1, 15), nhs == null ? null : new NhsNumber(nhs),
                "1 Example Road, Exampletown", "01632 960123", "Large print", null);
    }

    /**
     * A complete draft (no blocking problem under PlanRules) with an outcome, two support lines and a risk:
     * enough to fill every child table, and fit to be agreed and signed.
     */
    static Plan draft(UUID id, Person person) {
        Outcome walk = new Outcome("o1", "I want to walk to the shop — on my own", "Walks there weekly",
                LocalDate.of(2026, 9, 30), 8, 6, StageOfChange.PREPARATION);
        SupportLine care = SupportLine.priced("l1", "Help to get up, weekday mornings", "Personal care",
                Money.parse("32.50"), new BigDecimal("7.5"), Frequency.PER_WEEK, "s1", List.of("o1"));
        SupportLine gym = SupportLine.priced("l2", "Swimming, \"=SUM(A1)\" pass", "Activities",
                Money.parse("120.00"), BigDecimal.ONE, Frequency.PER_YEAR, "s1", List.of("o1"));
        PeopleInvolved people = new PeopleInvolved(Contact.named("Bea Broker", "Example Brokerage"),
                Contact.named("Cory Coordinator", "Example Community Trust"), Contact.named("", ""),
                "NHS Example Integrated Care Board", List.of());
        return new Plan(id, 1, PlanStatus.DRAFT, CREATED, CREATED, person, null, people,
                new AboutMe("Funny, kind", "My cat", "My tablets", "Talk to me", "Sun and tea", "Pain"),
                List.of(new WorkingNotWorking("me", "My garden", "Getting up in the morning")),
                List.of(new HealthNeed("n1", "Help with washing and dressing", null)), List.of(walk), List.of(care, gym),
                List.of(FundingStream.of("s1", "NHS continuing healthcare", Commissioner.NHS,
                        ManagementOption.DIRECT_PAYMENT)),
                Budget.annual(Money.parse("25000.00"), LocalDate.of(2026, 4, 1)),
                List.of(new Risk("r1", "Falls", "Injury", "Grab rails", "Press the pendant", "Carer")),
                "Agency covers PA sickness", new OtherSupport("Brother shops", "Lunch club", "Library", "Carers' leaflet"),
                new ReviewArrangement("Cory Coordinator", null, List.of(), ""), List.of(), List.of(), List.of(), "", "");
    }

    /** The draft, agreed and signed by the person, with the signing hash its content gives. */
    static Plan signed(Plan draft) {
        Signature byPerson = new Signature(SignerRole.PERSON, draft.person().fullName(),
                Instant.parse("2026-04-20T14:05:00Z"), SignatureMethod.DRAWN, "", "");
        Plan signed = new Plan(draft.id(), draft.version(), PlanStatus.SIGNED, draft.createdAt(),
                Instant.parse("2026-04-20T14:05:00Z"), draft.person(), draft.capacity(), draft.peopleInvolved(),
                draft.aboutMe(), draft.workingNotWorking(), draft.healthNeeds(), draft.outcomes(),
                draft.supportLines(), draft.fundingStreams(), draft.budget(), draft.risks(), draft.backupCover(),
                draft.otherSupport(), draft.review(), draft.quotes(), draft.brokerNotes(), List.of(byPerson),
                draft.disagreement(), "");
        return signed.withSignedHash(new org.careplanner.exchange.SignedContent().hash(signed));
    }
}
