package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.Contact;
import org.careplanner.domain.OtherSupport;
import org.careplanner.domain.PeopleInvolved;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.NhsNumber;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanRules;
import org.careplanner.domain.Problem;
import org.careplanner.domain.WorkingNotWorking;
import org.careplanner.interview.ConversationProgress;
import org.careplanner.interview.ConversationStep;

/**
 * The plan being edited in the conversation, as properties the screen binds to: the person (step 1) and what
 * matters to them (step 2). Checks each field as it changes and keeps the problems in {@link #problems()};
 * {@link #snapshot()} builds the immutable plan from the fields. Needs no window.
 */
public final class PlanEditorViewModel {

    /** Longest name, in characters; long enough for any real name, short enough to print on one line. */
    public static final int MAX_NAME = org.careplanner.domain.TextLimits.NAME;
    /** Longest answer in a text area, in characters: several pages of the person's words. */
    public static final int MAX_TEXT = org.careplanner.domain.TextLimits.LONG_TEXT;
    /** The perspective of the working / not working entry this screen edits: the person's own. */
    static final String OWN_PERSPECTIVE = "me";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final java.util.regex.Pattern DATE_SHAPE = java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private final StringProperty givenName = field("person.givenName");
    private final StringProperty familyName = field("person.familyName");
    private final StringProperty preferredName = field("person.preferredName");
    private final StringProperty dateOfBirth = field("person.dateOfBirth");
    private final StringProperty nhsNumber = field("person.nhsNumber");
    private final StringProperty communicationNeeds = field("person.communicationNeeds");
    private final StringProperty likeAndAdmire = field("aboutMe.likeAndAdmire");
    private final StringProperty importantTo = field("aboutMe.importantTo");
    private final StringProperty importantFor = field("aboutMe.importantFor");
    private final StringProperty howBestToSupport = field("aboutMe.howBestToSupport");
    private final StringProperty goodDay = field("aboutMe.goodDay");
    private final StringProperty badDay = field("aboutMe.badDay");
    private final StringProperty working = field("workingNotWorking.working");
    private final StringProperty notWorking = field("workingNotWorking.notWorking");
    private final StringProperty coordinatorName = field("peopleInvolved.careCoordinator.name");
    private final StringProperty coordinatorOrganisation = field("peopleInvolved.careCoordinator.organisation");
    private final StringProperty coordinatorPhone = field("peopleInvolved.careCoordinator.phone");
    private final StringProperty otherFamily = field("otherSupport.family");
    private final StringProperty otherCommunity = field("otherSupport.community");
    private final StringProperty otherUniversal = field("otherSupport.universalServices");
    private final StringProperty otherAdvice = field("otherSupport.informationAndAdvice");

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** One read-only view, kept: a new one per call would be collected, with the listeners added to it. */
    private final ObservableList<Problem> problemsReadOnly = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<ConversationProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ConversationStep> currentStep = new SimpleObjectProperty<>(ConversationStep.first());
    /** Whether the broker has hidden the prompts (a choice of the broker's, not part of the plan). */
    private final BooleanProperty promptsHidden = new SimpleBooleanProperty(false);
    private final PlanRules rules = new PlanRules(ExclusionList.DEFAULT);
    private final Clock clock;
    /** The parts of the plan steps 3 to 9 edit, in step order. */
    private final List<PlanSection> sections = new ArrayList<>();
    private Plan base;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Plan> stored = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    /** Whether the version last stored is signed (or otherwise locked): what it agreed cannot change in it. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper versionLocked =
            new javafx.beans.property.ReadOnlyBooleanWrapper();

    /** Builds the view-model for a plan; fields are filled from it. */
    public PlanEditorViewModel(Plan plan, Clock clock) {
        this.clock = clock;
        this.base = plan;
        this.stored.set(plan);
        this.versionLocked.set(plan.status().isLocked());
        load(plan);
        // One line per section, in step order.
        sections.add(new HealthNeedsSection());
        sections.add(new OutcomesSection());
        sections.add(new SupportSection());
        sections.add(new RisksSection());
        sections.add(new MoneySection());
        sections.add(new ReviewSection());
        sections.add(new SummarySection());
        sections.add(new QuotesSection());
        for (PlanSection section : sections) {
            section.load(plan);
            section.onChange(() -> changed(null));
        }
        for (StringProperty p : fields().values()) {
            p.addListener(this::changed);
        }
        // The step being visited is where the conversation resumes: progress follows it too.
        currentStep.addListener(this::changed);
        changed(null);
    }

    /** A text field named by its problem path; never null, so no caller checks. */
    private static StringProperty field(String path) {
        return new SimpleStringProperty(null, path, "");
    }

    /** Names, dates and numbers are one line; communication needs and the answers in step 2 are free text. */
    private static int limitOf(String path) {
        return path.startsWith("person.") && !path.equals("person.communicationNeeds") ? MAX_NAME : MAX_TEXT;
    }

    private void load(Plan plan) {
        Person p = plan.person();
        givenName.set(p.givenName());
        familyName.set(p.familyName());
        preferredName.set(p.preferredName());
        dateOfBirth.set(p.dateOfBirth() == null ? "" : DATE.format(p.dateOfBirth()));
        nhsNumber.set(p.nhsNumber() == null ? "" : p.nhsNumber().formatted());
        communicationNeeds.set(p.communicationNeeds());
        AboutMe a = plan.aboutMe();
        likeAndAdmire.set(a.likeAndAdmire());
        importantTo.set(a.importantTo());
        importantFor.set(a.importantFor());
        howBestToSupport.set(a.howBestToSupport());
        goodDay.set(a.goodDay());
        badDay.set(a.badDay());
        plan.workingNotWorking().stream().filter(w -> OWN_PERSPECTIVE.equals(w.perspective())).findFirst()
                .ifPresent(w -> {
                    working.set(w.working());
                    notWorking.set(w.notWorking());
                });
        Contact coordinator = plan.peopleInvolved().careCoordinator();
        coordinatorName.set(coordinator.name());
        coordinatorOrganisation.set(coordinator.organisation());
        coordinatorPhone.set(coordinator.phone());
        OtherSupport other = plan.otherSupport();
        otherFamily.set(other.family());
        otherCommunity.set(other.community());
        otherUniversal.set(other.universalServices());
        otherAdvice.set(other.informationAndAdvice());
    }

    /** Every field, by the path its problems carry (as {@link Problem#field()}). */
    public Map<String, StringProperty> fields() {
        Map<String, StringProperty> all = new LinkedHashMap<>();
        for (StringProperty p : List.of(givenName, familyName, preferredName, dateOfBirth, nhsNumber,
                communicationNeeds, likeAndAdmire, importantTo, importantFor, howBestToSupport, goodDay, badDay,
                working, notWorking, coordinatorName, coordinatorOrganisation, coordinatorPhone, otherFamily,
                otherCommunity, otherUniversal, otherAdvice)) {
            all.put(p.getName(), p);
        }
        return all;
    }

    private void changed(Observable ignored) {
        problems.setAll(fieldProblems());
        Plan plan = snapshot();
        List<Problem> all = new ArrayList<>(rules.check(plan));
        all.addAll(problems);
        progress.set(ConversationProgress.of(plan, all, Optional.of(currentStep.get())));
    }

    private List<Problem> fieldProblems() {
        List<Problem> found = new ArrayList<>();
        fields().forEach((path, property) -> {
            int limit = limitOf(path);
            int length = property.get().codePointCount(0, property.get().length());
            if (length > limit) {
                String message = new MessageFormat(TEXT.getString("problem.tooLong"), Locale.UK)
                        .format(new Object[] {limit, length});
                found.add(Problem.blocking(path, "text.too-long", message));
            }
        });
        if (!nhsNumber.get().isBlank()) {
            NhsNumber.problemWith(nhsNumber.get()).ifPresent(message ->
                    found.add(Problem.blocking("person.nhsNumber", "person.nhs-number", message)));
        }
        dateOfBirthProblem().ifPresent(found::add);
        for (PlanSection section : sections) {
            found.addAll(section.problems());
        }
        return found;
    }

    private Optional<Problem> dateOfBirthProblem() {
        String text = dateOfBirth.get().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(text);
        if (date.isEmpty() && DATE_SHAPE.matcher(text).matches()) {
            // Written the right way, but no such day (31/2, 12/13): say so, rather than how to write a date.
            return Optional.of(Problem.blocking("person.dateOfBirth", "person.date-of-birth.no-such-day",
                    java.text.MessageFormat.format(TEXT.getString("problem.dateOfBirth.noSuchDay"), text)));
        }
        if (date.isEmpty()) {
            return Optional.of(Problem.blocking("person.dateOfBirth", "person.date-of-birth.not-a-date",
                    TEXT.getString("problem.dateOfBirth.notADate")));
        }
        if (date.get().isAfter(LocalDate.now(clock))) {
            return Optional.of(Problem.blocking("person.dateOfBirth", "person.date-of-birth.future",
                    TEXT.getString("problem.dateOfBirth.future")));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The plan as it stands: the base plan with this screen's fields written in. A date of birth or NHS number
     * that is not valid yet is left out (its problem says so), so the snapshot is always a valid plan value.
     */
    public Plan snapshot() {
        Person old = base.person();
        LocalDate born = parseDate(dateOfBirth.get()).filter(d -> !d.isAfter(LocalDate.now(clock))).orElse(null);
        NhsNumber nhs = nhsNumber.get().isBlank() || NhsNumber.problemWith(nhsNumber.get()).isPresent()
                ? null : NhsNumber.parse(nhsNumber.get());
        Person person = new Person(givenName.get().strip(), familyName.get().strip(), preferredName.get().strip(),
                born, nhs, old.address(), old.phone(), communicationNeeds.get(), old.representative());
        AboutMe aboutMe = new AboutMe(likeAndAdmire.get(), importantTo.get(), importantFor.get(),
                howBestToSupport.get(), goodDay.get(), badDay.get());
        List<WorkingNotWorking> others = base.workingNotWorking().stream()
                .filter(w -> !OWN_PERSPECTIVE.equals(w.perspective())).toList();
        List<WorkingNotWorking> wnw = new ArrayList<>();
        WorkingNotWorking own = new WorkingNotWorking(OWN_PERSPECTIVE, working.get(), notWorking.get());
        if (!own.isEmpty()) {
            wnw.add(own);
        }
        wnw.addAll(others);
        Contact oldCoordinator = base.peopleInvolved().careCoordinator();
        Contact coordinator = new Contact(coordinatorName.get().strip(), coordinatorOrganisation.get().strip(),
                coordinatorPhone.get().strip(), oldCoordinator.email());
        PeopleInvolved involved = base.peopleInvolved();
        PeopleInvolved people = new PeopleInvolved(involved.broker(), coordinator, involved.commissioner(), involved.commissionerBody(),
                involved.carers());
        OtherSupport other = new OtherSupport(otherFamily.get(), otherCommunity.get(), otherUniversal.get(),
                otherAdvice.get());
        Plan plan = base.edit().updatedAt(clock.instant()).person(person).aboutMe(aboutMe).workingNotWorking(wnw)
                .peopleInvolved(people).otherSupport(other).done();
        for (PlanSection section : sections) {
            plan = section.applyTo(plan);
        }
        return plan;
    }

    /** The section of the given type, as registered in the constructor. */
    <T extends PlanSection> T section(Class<T> type) {
        return sections.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + type.getSimpleName()));
    }

    /** Calls {@code listener} after every change the broker makes in any section (autosave follows them). */
    void onSectionChange(Runnable listener) {
        sections.forEach(section -> section.onChange(listener));
    }

    /** The clock the plan's times and "today" come from. */
    Clock clock() {
        return clock;
    }

    /** Whether {@link #snapshot()} leaves out something typed: a date of birth or NHS number that is not valid. */
    public boolean snapshotLeavesSomethingOut() {
        return problemAt("person.dateOfBirth").isPresent() || problemAt("person.nhsNumber").isPresent();
    }

    /**
     * After a save: the store's copy becomes the base for the parts this screen does not edit (its version may
     * have moved on). The fields keep what the broker has typed since.
     */
    public void saved(Plan stored) {
        this.base = stored;
        this.stored.set(stored);
        this.versionLocked.set(stored.status().isLocked());
    }

    /**
     * True while the version last stored (or opened) is signed, approved or otherwise locked. A signed version
     * never changes: what was agreed when it was signed (whether its budget was agreed) is shown, not changed.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty versionLockedProperty() {
        return versionLocked.getReadOnlyProperty();
    }

    /** The plan as last stored (or as opened): its version, status and signing hash. */
    public javafx.beans.property.ReadOnlyObjectProperty<Plan> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** The problem on one field, if any (the first found). */
    public Optional<Problem> problemAt(String path) {
        return problems.stream().filter(p -> p.field().equals(path)).findFirst();
    }

    public ObservableList<Problem> problems() {
        return problemsReadOnly;
    }

    public ReadOnlyObjectProperty<ConversationProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObjectProperty<ConversationStep> currentStepProperty() {
        return currentStep;
    }

    /** Whether the prompts for the broker are hidden: the panel, and the prompts beside the rulers. */
    public BooleanProperty promptsHiddenProperty() {
        return promptsHidden;
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty preferredNameProperty() {
        return preferredName;
    }

    /** Typed as day/month/year, e.g. 14/3/1958. */
    public StringProperty dateOfBirthProperty() {
        return dateOfBirth;
    }

    public StringProperty nhsNumberProperty() {
        return nhsNumber;
    }

    public StringProperty communicationNeedsProperty() {
        return communicationNeeds;
    }

    public StringProperty likeAndAdmireProperty() {
        return likeAndAdmire;
    }

    public StringProperty importantToProperty() {
        return importantTo;
    }

    public StringProperty importantForProperty() {
        return importantFor;
    }

    public StringProperty howBestToSupportProperty() {
        return howBestToSupport;
    }

    public StringProperty goodDayProperty() {
        return goodDay;
    }

    public StringProperty badDayProperty() {
        return badDay;
    }

    public StringProperty workingProperty() {
        return working;
    }

    public StringProperty notWorkingProperty() {
        return notWorking;
    }
}
