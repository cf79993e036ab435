package org.careplanner.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.careplanner.domain.Contact;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.NhsNumber;
import org.careplanner.domain.OtherSupport;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.PeopleInvolved;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Quote;
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
import org.careplanner.exchange.SignedContent;

/**
 * Made-up plans of a realistic size for the benchmark: every person is invented from lists of common first and
 * family names (with accents, so search folding is exercised), the words are typical of a real plan's length
 * (a one-page profile, five outcomes, a dozen support lines, three risks). The same seed gives the same plans.
 */
public final class MadeUpPlans {

    private static final String[] GIVEN = {"Zoë", "Amara", "Oliver", "Siobhán", "Mohammed", "Grace", "Dafydd",
        "Chloé", "Kwame", "Ewa", "Harry", "Aoife", "Raj", "Bethan", "Tomás", "Leila", "George", "Niamh", "Yusuf",
        "Mair", "Jack", "Priya", "Łukasz", "Ellie", "Ifeoma", "Callum", "Hana", "Rhys", "Sofía", "Arthur"};
    private static final String[] FAMILY = {"Example", "Smith", "Jones", "O’Brien", "Nguyễn", "Williams", "Patel",
        "Taylor", "Brown", "Davies", "Evans", "Wilson", "Ó Súilleabháin", "Thomas", "Roberts", "Khan", "Lewis",
        "Walker", "Wright", "Robinson", "Hughes", "Kowalska", "Green", "Hall", "Wood", "Okafor", "Clarke",
        "Jackson", "Müller", "Lloyd"};
    private static final String[] SUPPORT = {"Personal assistant, weekday mornings", "Personal assistant, evenings",
        "Day centre with lunch", "Swimming with a support worker", "Respite break, one week", "Gym membership",
        "Taxi to the day centre", "Carer's break sitting service", "Art class at the community centre",
        "Counselling sessions", "Physiotherapy top-up sessions", "Shopping support, Saturdays",
        "Laptop for video calls with family", "Adapted bicycle", "Music therapy", "Gardening club"};
    private static final String SENTENCE = "I like to take things at my own pace and I want people to ask me first. ";

    private static final SignedContent SIGNED_CONTENT = new SignedContent();

    private final Random random;

    public MadeUpPlans(long seed) {
        this.random = new Random(seed);
    }

    /** Person number {@code n}'s plan, version 1, a draft with {@code lines} support lines. */
    public Plan firstVersion(int n, int lines, Instant created) {
        UUID id = new UUID(0x0B_E4C4L << 40 | n, 0x8000_0000_0000_0000L | n);
        Person person = new Person(GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)]
                + (n % 7 == 0 ? "-" + FAMILY[random.nextInt(FAMILY.length)] : ""), "",
                LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                n % 3 == 0 ? null : nhsNumber(n), n + " Example Street\nExampletown EX" + (n % 9 + 1) + " 1AA",
                "01632 96" + String.format("%04d", n % 10_000), "Large print, please", null);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            outcomes.add(new Outcome("o" + i, "I want to " + words(12) + " by the summer", words(14),
                    LocalDate.of(2027, 1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextInt(11),
                    random.nextInt(11), StageOfChange.values()[random.nextInt(StageOfChange.values().length)]));
        }
        List<SupportLine> supportLines = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            String description = SUPPORT[random.nextInt(SUPPORT.length)];
            supportLines.add(new SupportLine("l" + i, description,
                    SupportProvider.values()[random.nextInt(SupportProvider.values().length)], "Example Provider " + i,
                    "Activities", "", Money.ofPence(1_000 + random.nextInt(4_000)), "hour",
                    BigDecimal.valueOf(1 + random.nextInt(6)), i % 5 == 0 ? Frequency.PER_FOUR_WEEKS : Frequency.PER_WEEK,
                    "Mondays and Thursdays", i % 2 == 0 ? "s1" : "s2", List.of("o" + (1 + i % 5)), null, null, null));
        }
        List<FundingStream> streams = List.of(
                new FundingStream("s1", "NHS continuing healthcare", Commissioner.NHS, ManagementOption.DIRECT_PAYMENT,
                        Money.ofPounds(40_000), "", LocalDate.of(2026, 4, 7), Money.ofPounds(3_076), Frequency.PER_FOUR_WEEKS),
                new FundingStream("s2", "Council social care", Commissioner.COUNCIL, ManagementOption.THIRD_PARTY,
                        Money.ofPounds(20_000), "Example Support Ltd", null, null, null));
        Budget budget = new Budget(Money.ofPounds(60_000), AllocationPeriod.ANNUAL, AllocationStage.AGREED,
                Money.ofPounds(1_000), false, Budget.DEFAULT_WEEKS_PER_YEAR, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31));
        List<Risk> risks = List.of(
                new Risk("r1", "Falls at home", words(10), "Grab rails and a pendant alarm", words(12), "Pat, 01632 960001"),
                new Risk("r2", "PA off sick", "No morning support", "Agency cover agreed", words(10), "Agency, 01632 960002"),
                new Risk("r3", "Money runs short", words(8), "Monthly check of the account", words(8), "Broker"));
        return new Plan(id, 1, PlanStatus.DRAFT, created, created, person, new CapacityAndConsent(true, "", false, true),
                new PeopleInvolved(new Contact("Bea Broker", "Example Brokerage", "01632 960100", "bea@example.org"),
                        Contact.named("Cory Coordinator", "Example Community Trust"),
                        Contact.named("Cam Commissioner", "Example ICB"), "NHS Example Integrated Care Board",
                        List.of(new Carer("Pat Example", "sister", "Shopping on Saturdays"))),
                new AboutMe(words(40), words(60), words(40), words(50), words(40), words(30)),
                List.of(new WorkingNotWorking("me", words(30), words(30)),
                        new WorkingNotWorking("family", words(20), words(20))),
                List.of(new HealthNeed("n1", "Help with washing and dressing", WellbeingOutcome.PERSONAL_HYGIENE),
                        new HealthNeed("n2", words(12), null)),
                outcomes, supportLines, streams, budget, risks, "Example Agency covers PA sickness",
                new OtherSupport(words(15), words(15), "Library", "Carers' centre leaflet"),
                new ReviewArrangement("Cory Coordinator", LocalDate.of(2026, 3, 1),
                        List.of(ReviewTrigger.SIGNIFICANT_HEALTH_CHANGE, ReviewTrigger.PERSON_ASKS), "3 months first"),
                List.of(new Quote("q1", "outcomes", "I will try the walk next week", ChangeTalk.COMMITMENT),
                        new Quote("q2", "about-me", "I could do more if I had help", ChangeTalk.ABILITY)),
                List.of(new BrokerNote("outcomes", words(20))), List.of(), "", "");
    }

    /**
     * The plan's next version as a broker's next session would leave it: a changed outcome and one line more or
     * less; version 3 of every plan is signed (the person agreed, with its signing hash), later ones are drafts again.
     */
    public Plan nextVersion(Plan plan, Instant at) {
        int version = plan.version() + 1;
        List<Outcome> outcomes = new ArrayList<>(plan.outcomes());
        Outcome first = outcomes.get(0);
        outcomes.set(0, new Outcome(first.id(), first.inPersonsWords(), words(14), first.targetDate(),
                random.nextInt(11), random.nextInt(11), first.stageOfChange()));
        List<SupportLine> lines = new ArrayList<>(plan.supportLines());
        if (version % 2 == 0 && lines.size() > 1) {
            lines.remove(lines.size() - 1);
        }
        boolean signed = version == 3;
        Plan next = new Plan(plan.id(), version, signed ? PlanStatus.SIGNED : PlanStatus.DRAFT, plan.createdAt(), at,
                plan.person(), plan.capacity(), plan.peopleInvolved(), plan.aboutMe(), plan.workingNotWorking(),
                plan.healthNeeds(), outcomes, lines, plan.fundingStreams(), plan.budget(), plan.risks(),
                plan.backupCover(), plan.otherSupport(), plan.review(), plan.quotes(), plan.brokerNotes(),
                signed ? List.of(new Signature(SignerRole.PERSON, plan.person().givenName() + " "
                        + plan.person().familyName(), at, SignatureMethod.VERBAL_WITH_WITNESS, "Bea Broker", ""))
                        : List.of(), "", "");
        // Signed as the app signs (PlanSigning): the signing hash of the signed content is recorded with it.
        return signed ? next.withSignedHash(SIGNED_CONTENT.hash(next)) : next;
    }

    /** Made-up words: a real-looking length of text, nothing personal. */
    private String words(int count) {
        StringBuilder out = new StringBuilder();
        String[] parts = SENTENCE.split(" ");
        int start = random.nextInt(parts.length);
        for (int i = 0; i < count; i++) {
            out.append(parts[(start + i) % parts.length]).append(i + 1 < count ? " " : "");
        }
        return out.toString();
    }

    /** A valid NHS number (Modulus 11) made from n; 10 → invalid check digits are skipped by changing the base. */
    static NhsNumber nhsNumber(int n) {
        for (long base = 900_000_000L + n * 7L; ; base++) {
            String nine = Long.toString(base);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return new NhsNumber(nine + check);
            }
        }
    }
}
