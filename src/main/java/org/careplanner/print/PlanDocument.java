package org.careplanner.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.Carer;
import org.careplanner.domain.Contact;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Quote;
import org.careplanner.domain.WorkingNotWorking;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.print.PageFlow.Cell;

/**
 * The paper plan the person keeps: a plan version and its costing as an A4 PDF, section by section in the
 * order of the domain guide, with a footer on every page naming the plan, its version, the page and the
 * signed plan's fingerprint. Nothing here needs a window; call it off the JavaFX Application Thread.
 */
public final class PlanDocument {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String OUTCOMES_SECTION = "outcomes";
    private static final int FINGERPRINT_LENGTH = 12;

    private final Plan plan;
    private final PlanAssessment assessment;
    private final InstalledFonts installed;
    private final PlanWords words = new PlanWords();

    /** The plan printed with DejaVu Sans, and this computer's installed fonts for any character DejaVu lacks. */
    public PlanDocument(Plan plan, PlanAssessment assessment) {
        this(plan, assessment, InstalledFonts.ofThisComputer());
    }

    /** The plan printed with DejaVu Sans, and these fonts for any character DejaVu lacks. */
    public PlanDocument(Plan plan, PlanAssessment assessment, InstalledFonts installed) {
        this.plan = plan;
        this.assessment = assessment;
        this.installed = installed;
    }

    /** The plan as PDF bytes, in standard or large print. */
    public byte[] toPdf(PrintSize size) throws IOException {
        return print(size).pdf();
    }

    /**
     * The plan as PDF bytes, with the parts of it that hold a character no font on this computer has (printed as
     * a white square): the broker is told before handing it over (ADR 0036). When there are any, the plan is laid
     * out again with a note under its title saying so, and where.
     */
    public PrintedPlan print(PrintSize size) throws IOException {
        PrintedPlan first = render(size, List.of());
        return first.unprintableIn().isEmpty() ? first : render(size, first.unprintableIn());
    }

    /**
     * The parts of the plan that hold a character no font on this computer has, found by laying the plan out
     * without writing a PDF: for a warning before signing. Empty when every character would print.
     */
    public List<String> unprintableIn() throws IOException {
        return render(PrintSize.STANDARD, List.of(), false).unprintableIn();
    }

    private PrintedPlan render(PrintSize size, List<String> noteUnprintable) throws IOException {
        return render(size, noteUnprintable, true);
    }

    private PrintedPlan render(PrintSize size, List<String> noteUnprintable, boolean save) throws IOException {
        try (PDDocument document = new PDDocument(); PlanFonts fonts = PlanFonts.embedIn(document, installed)) {
            PageFlow flow = new PageFlow(document, fonts, size);
            PlanText text = new PlanText(flow, words);
            addTitle(text, noteUnprintable);
            addAboutMe(text);
            addWorkingNotWorking(text);
            addNeeds(text);
            addOutcomes(text);
            new MoneySections(plan, assessment, text).add();
            addRisks(text);
            addOtherSupport(text);
            addReviews(text);
            new AgreementSection(plan, text, document).add();
            text.part(words.get("where.footer"));
            flow.finish((page, pages) -> words.get("footer", page, pages, plan.id(), plan.version(), fingerprint()));
            if (!save) {
                return new PrintedPlan(new byte[0], fonts.unprintableIn());
            }
            document.getDocumentInformation().setTitle(words.get("title"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return new PrintedPlan(bytes.toByteArray(), fonts.unprintableIn());
        }
    }

    /** The first characters of the signing hash, or "not signed yet". */
    String fingerprint() {
        String hash = plan.signedHash().strip();
        if (hash.isEmpty()) {
            return words.get("footer.notSigned");
        }
        return hash.substring(0, Math.min(FINGERPRINT_LENGTH, hash.length()));
    }

    private void addTitle(PlanText text, List<String> noteUnprintable) {
        Person person = plan.person();
        text.title(words.get("title"), person.fullName());
        if (!noteUnprintable.isEmpty()) {
            text.part(words.get("where.note"));
            text.body(words.get("unprintable.note", String.join("; ", noteUnprintable)));
            text.space();
            text.part("");
        }
        if (!person.preferredName().isBlank() && !person.preferredName().equals(person.givenName())) {
            text.part(words.get("where.likesToBeCalled"));
            text.body(words.get("likesToBeCalled", person.preferredName()));
            text.part("");
        }
        if (plan.budget().startDate() != null) {
            text.body(plan.budget().endDate() == null
                    ? words.get("starts", PlanWords.date(plan.budget().startDate()))
                    : words.get("runs", PlanWords.date(plan.budget().startDate()),
                    PlanWords.date(plan.budget().endDate())));
        }
        text.body(words.get("versionLine", plan.version(), words.of("status", plan.status()),
                PlanWords.date(plan.updatedAt() == null ? null : plan.updatedAt().atZone(UK).toLocalDate())));
        text.subheading(words.get("details.heading"));
        text.section(words.get("details.heading"));
        text.field("details.dateOfBirth", PlanWords.date(person.dateOfBirth()));
        text.field("details.nhsNumber", person.nhsNumber() == null ? "" : person.nhsNumber().formatted());
        text.field("details.address", person.address());
        text.field("details.phone", person.phone());
        text.field("details.communication", person.communicationNeeds());
        if (person.representative() != null) {
            var rep = person.representative();
            text.field("details.representative", join(rep.name() + " (" + words.of("rep", rep.role()) + ")",
                    rep.authority(), rep.contact()));
        }
        contact(text, "people.broker", plan.peopleInvolved().broker());
        contact(text, "people.careCoordinator", plan.peopleInvolved().careCoordinator());
        contact(text, "people.commissioner", plan.peopleInvolved().commissioner());
        for (Carer carer : plan.peopleInvolved().carers()) {
            text.field("people.carer", join(carer.name() + (carer.relationship().isBlank() ? ""
                    : " (" + carer.relationship() + ")"), carer.willingAndAbleTo()));
        }
    }

    private void contact(PlanText text, String key, Contact contact) {
        if (!contact.isEmpty()) {
            text.field(key, join(contact.name(), contact.organisation(), contact.phone(), contact.email()));
        }
    }

    private void addAboutMe(PlanText text) {
        text.heading(words.get("about.heading"));
        AboutMe about = plan.aboutMe();
        if (about.isEmpty()) {
            text.body(words.get("empty"));
        }
        text.quotedField("about.likeAndAdmire", about.likeAndAdmire());
        text.quotedField("about.importantTo", about.importantTo());
        text.quotedField("about.importantFor", about.importantFor());
        text.quotedField("about.howBestToSupport", about.howBestToSupport());
        text.quotedField("about.goodDay", about.goodDay());
        text.quotedField("about.badDay", about.badDay());
        addQuotes(text, plan.quotes().stream().filter(q -> !OUTCOMES_SECTION.equals(q.section())).toList());
    }

    private void addQuotes(PlanText text, List<Quote> quotes) {
        for (Quote q : quotes) {
            text.quotedField("about.inMyWords", q.text());
        }
    }

    private void addWorkingNotWorking(PlanText text) {
        text.heading(words.get("working.heading"));
        if (plan.workingNotWorking().isEmpty()) {
            text.body(words.get("empty"));
        }
        int view = 1;
        for (WorkingNotWorking w : plan.workingNotWorking()) {
            text.part(words.get("where.view", view++));
            String who = w.perspective().strip();
            text.subheading(who.isEmpty() || who.equalsIgnoreCase("me") ? words.get("working.mine")
                    : words.get("working.others", who));
            text.field("working.working", w.working());
            text.field("working.notWorking", w.notWorking());
        }
    }

    private void addNeeds(PlanText text) {
        text.heading(words.get("needs.heading"));
        if (plan.healthNeeds().isEmpty()) {
            text.body(words.get("empty"));
        }
        for (HealthNeed need : plan.healthNeeds()) {
            text.bullet(need.description(), need.wellbeingOutcome() == null ? ""
                    : words.get("needs.wellbeing", words.of("wellbeing", need.wellbeingOutcome())));
        }
    }

    private void addOutcomes(PlanText text) {
        text.heading(words.get("outcomes.heading"));
        if (plan.outcomes().isEmpty()) {
            text.body(words.get("empty"));
        }
        int n = 1;
        for (Outcome o : plan.outcomes()) {
            text.part(words.get("where.outcome", n));
            text.subheading(n++ + ".  " + PlanWords.quoted(o.inPersonsWords()));
            text.field("outcomes.progress", o.howProgressWillBeSeen());
            text.field("outcomes.target", PlanWords.date(o.targetDate()));
            if (o.importance() != null) {
                text.field("outcomes.importance", words.get("outcomes.outOfTen", o.importance()));
            }
            if (o.confidence() != null) {
                text.field("outcomes.confidence", words.get("outcomes.outOfTen", o.confidence()));
            }
            if (o.stageOfChange() != null) {
                text.field("outcomes.stage", words.of("stage", o.stageOfChange()));
            }
        }
        text.part("");
        addQuotes(text, plan.quotes().stream().filter(q -> OUTCOMES_SECTION.equals(q.section())).toList());
    }

    private void addRisks(PlanText text) {
        text.heading(words.get("risks.heading"));
        if (plan.risks().isEmpty()) {
            text.body(words.get("risks.none"));
        }
        int n = 1;
        for (var risk : plan.risks()) {
            text.part(words.get("where.risk", n++));
            text.subheading(risk.description());
            text.field("risks.consequences", risk.consequences());
            text.field("risks.mitigation", risk.mitigation());
            text.field("risks.procedure", risk.procedure());
            text.field("risks.whoToCall", risk.whoToCall());
        }
        text.part("");
        if (!plan.backupCover().isBlank()) {
            text.part(words.get("risks.backup"));
            text.subheading(words.get("risks.backup"));
            text.body(plan.backupCover());
        }
    }

    private void addOtherSupport(PlanText text) {
        var other = plan.otherSupport();
        text.heading(words.get("other.heading"));
        if (other.isEmpty()) {
            text.body(words.get("empty"));
        }
        text.field("other.family", other.family());
        text.field("other.community", other.community());
        text.field("other.universal", other.universalServices());
        text.field("other.information", other.informationAndAdvice());
    }

    private void addReviews(PlanText text) {
        var review = plan.review();
        text.heading(words.get("reviews.heading"));
        text.field("reviews.reviewer", review.reviewer());
        text.field("reviews.last", PlanWords.date(review.lastReviewDate()));
        for (var due : assessment.reviews()) {
            text.row(Cell.of(words.get("reviews.due", due.fundingStreamName()), text.bold()),
                    new Cell(List.of(new PageFlow.Para(words.get("reviews.by", PlanWords.date(due.dueDate())),
                            text.bold()), new PageFlow.Para(due.rule(), text.regular())), false));
        }
        if (!review.earlyReviewTriggers().isEmpty()) {
            text.space();
            text.body(words.get("reviews.sooner"));
            review.earlyReviewTriggers().forEach(t -> text.bullet(words.of("trigger", t), ""));
        }
        text.field("reviews.notes", review.notes());
    }

    /** The non-blank parts, one after another. */
    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(p.strip());
            }
        }
        return sb.toString();
    }
}
