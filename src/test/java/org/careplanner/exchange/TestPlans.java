package org.careplanner.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.BrokerNote;
import org.careplanner.domain.Budget;
import org.careplanner.domain.CapacityAndConsent;
import org.careplanner.domain.Carer;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.ConnectedPerson;
import org.careplanner.domain.Contact;
import org.careplanner.domain.EvidenceNote;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.NhsNumber;
import org.careplanner.domain.OtherSupport;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.PeopleInvolved;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Quote;
import org.careplanner.domain.Representative;
import org.careplanner.domain.RepresentativeRole;
import org.careplanner.domain.ReviewArrangement;
import org.careplanner.domain.ReviewTrigger;
import org.careplanner.domain.Risk;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.domain.StageOfChange;
import org.careplanner.domain.SupportLine;
import org.careplanner.domain.SupportProvider;
import org.careplanner.domain.WellbeingOutcome;
import org.careplanner.domain.WorkingNotWorking;

/** Made-up plans for tests: every optional value filled in, and text that needs escaping. */
final class TestPlans {

    static final UUID ID = UUID.fromString("3f1c6e1e-8f2b-4c57-9a0e-2b7d5c1a9e40");
    static final Instant CREATED = Instant.parse("2026-03-02T09:30:00Z");

    private TestPlans() {
    }

    /** A signed plan with every field given, so a round trip exercises every kind of value. */
    static Plan everyFieldFilled() {
        Person person = new Person("Zoë", "Example", "Zo", LocalDate.of(1980, 2, 29), new NhsNumber("9434765919"),
                "1 Example Street\nExampletown EX1 1AA", "01632 960000", "Large print; \"quiet room\" please",
                new Representative("Pat Example", RepresentativeRole.NOMINEE, "Nominee for the direct payment",
                        "01632 960001"));
        PeopleInvolved people = new PeopleInvolved(new Contact("Bea Broker", "Example Brokerage", "01632 960002",
                "bea@example.org"), Contact.named("Cory Coordinator", "Example Community Trust"),
                Contact.named("Cam Commissioner", "Example ICB"), "NHS Example Integrated Care Board",
                List.of(new Carer("Pat Example", "brother", "Shopping on Saturdays")));
        Outcome walk = new Outcome("o1", "I want to walk to the shop on my own — it's 400 m", "Walks there weekly",
                LocalDate.of(2026, 9, 30), 8, 6, StageOfChange.PREPARATION);
        PaEmployment pa = new PaEmployment("Zoë Example (employer), with Pat as nominee", Money.parse("13.50"),
                new BigDecimal("12.5"), false, true, true, false, "", Money.parse("150.00"), Money.parse("120.00"),
                Money.parse("54.00"), Money.parse("0.00"), Money.parse("95.00"));
        SupportLine paLine = new SupportLine("l1", "Personal assistant, weekday mornings",
                SupportProvider.PERSONAL_ASSISTANT, "Alex Assistant", "Personal care", "PA-01", Money.parse("13.50"),
                "hour", new BigDecimal("12.5"), Frequency.PER_WEEK, "Mon–Fri 9–11:30", "s1", List.of("o1"),
                new ConnectedPerson("Alex Assistant", "cousin", false, ""), null, pa);
        SupportLine gardening = new SupportLine("l2", "Gardening club", SupportProvider.COMMUNITY, "Green Fingers",
                "Activities", "", Money.parse("1234.50"), "year", BigDecimal.ONE, Frequency.ONE_OFF, "", "s2",
                List.of("o1"), null, new EvidenceNote(true, "Fresh air and company", "Agreed by Dr Example"), null);
        Budget budget = new Budget(Money.parse("25000.00"), AllocationPeriod.ANNUAL, AllocationStage.AGREED,
                Money.parse("500.00"), false, new BigDecimal("52.143"), LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31));
        List<FundingStream> streams = List.of(
                new FundingStream("s1", "NHS continuing healthcare", Commissioner.NHS, ManagementOption.DIRECT_PAYMENT,
                        Money.parse("20000.00"), "", LocalDate.of(2026, 4, 7), Money.parse("1538.46"),
                        Frequency.PER_FOUR_WEEKS),
                new FundingStream("s2", "Council social care", Commissioner.COUNCIL, ManagementOption.THIRD_PARTY,
                        null, "Example Support Ltd", null, null, null));
        Signature signature = new Signature(SignerRole.PERSON, "Zoë Example", Instant.parse("2026-03-20T14:05:00Z"),
                SignatureMethod.VERBAL_WITH_WITNESS, "Bea Broker", "");
        return new Plan(ID, 2, PlanStatus.SIGNED, CREATED, Instant.parse("2026-03-20T14:05:00.123Z"), person,
                new CapacityAndConsent(true, "", false, true), people,
                new AboutMe("Funny, kind", "My cat, Tibbles", "Taking my tablets", "Talk to me, not about me",
                        "Sun, a walk, tea", "Pain and no visitors"),
                List.of(new WorkingNotWorking("me", "My garden", "Getting out")),
                List.of(new HealthNeed("n1", "Help with washing and dressing", WellbeingOutcome.PERSONAL_HYGIENE),
                        new HealthNeed("n2", "Low mood in winter", null)),
                List.of(walk, new Outcome("o2", "See my friends", "", null, null, null, null)),
                List.of(paLine, gardening), streams, budget,
                List.of(new Risk("r1", "Falls", "Injury", "Grab rails", "Press the pendant", "Pat, 01632 960001")),
                "Example Agency covers PA sickness", new OtherSupport("Brother shops", "Church lunch club", "Library",
                        "Carers' centre leaflet"),
                new ReviewArrangement("Cory Coordinator", LocalDate.of(2026, 3, 1),
                        List.of(ReviewTrigger.SIGNIFICANT_HEALTH_CHANGE, ReviewTrigger.PERSON_ASKS), "3 months first"),
                List.of(new Quote("q1", "outcomes", "I will try the shop walk next week", ChangeTalk.COMMITMENT)),
                List.of(new BrokerNote("outcomes", "Ready to plan")), List.of(signature), "",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    /** The smallest plan the domain allows: an id and a version, everything else left at its default. */
    static Plan empty() {
        return Plan.newDraft(UUID.fromString("00000000-0000-4000-8000-000000000001"), Person.named("", ""), null);
    }
}
