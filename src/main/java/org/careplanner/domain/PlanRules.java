package org.careplanner.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a plan that need no prices: required sections, every line serving an outcome, what may
 * not be bought, connected persons, evidence, self-employed PAs, ruler ranges. Money rules (overspend,
 * pay below the National Living Wage) are checked by the pricing package, which adds them to these.
 *
 * <p>Returns every problem found, never stops at the first.
 */
public final class PlanRules {

    /** A year has 52 weeks and a day or two: a weeks-per-year outside this range is a typing mistake. */
    public static final java.math.BigDecimal MIN_WEEKS_PER_YEAR = java.math.BigDecimal.valueOf(52);
    public static final java.math.BigDecimal MAX_WEEKS_PER_YEAR = java.math.BigDecimal.valueOf(53);

    private final ExclusionList exclusions;

    public PlanRules(ExclusionList exclusions) {
        this.exclusions = exclusions;
    }

    public List<Problem> check(Plan plan) {
        List<Problem> problems = new ArrayList<>();
        checkSections(plan, problems);
        checkOutcomes(plan, problems);
        checkLines(plan, problems);
        return List.copyOf(problems);
    }

    private void checkSections(Plan plan, List<Problem> out) {
        if (plan.person().givenName().isBlank() && plan.person().familyName().isBlank()) {
            out.add(Problem.blocking("person.name", "section.empty", "Add the person's name."));
        }
        if (plan.aboutMe().isEmpty()) {
            out.add(Problem.blocking("aboutMe", "section.empty",
                    "\"About me\" is empty: write down what matters to the person, in their words."));
        }
        if (plan.workingNotWorking().stream().allMatch(WorkingNotWorking::isEmpty)) {
            out.add(Problem.blocking("workingNotWorking", "section.empty",
                    "\"What's working and not working\" is empty."));
        }
        if (plan.healthNeeds().stream().allMatch(n -> n.description().isBlank())) {
            out.add(Problem.blocking("healthNeeds", "section.empty", "Add at least one health or wellbeing need."));
        }
        if (plan.outcomes().isEmpty()) {
            out.add(Problem.blocking("outcomes", "section.empty",
                    "Add at least one outcome, in the person's own words."));
        }
        if (plan.supportLines().isEmpty()) {
            out.add(Problem.blocking("supportLines", "section.empty", "Add the support the person has chosen."));
        }
        if (!plan.budget().allocation().isPositive()) {
            out.add(Problem.blocking("budget.allocation", "section.empty", "Enter the allocation."));
        }
        if (plan.fundingStreams().isEmpty()) {
            out.add(Problem.blocking("fundingStreams", "section.empty",
                    "Say how the money is managed: add at least one funding stream."));
        }
        if (plan.risks().isEmpty()) {
            out.add(Problem.blocking("risks", "section.empty",
                    "Add the significant risks and what to do about each, or record that there are none."));
        }
        if (plan.otherSupport().isEmpty()) {
            out.add(Problem.blocking("otherSupport", "section.empty",
                    "Record other support: family, community, universal services, information and advice."));
        }
        if (plan.review().reviewer().isBlank()) {
            out.add(Problem.blocking("review.reviewer", "section.empty", "Say who will review the plan."));
        }
        if (plan.peopleInvolved().careCoordinator().isEmpty()) {
            out.add(Problem.blocking("peopleInvolved.careCoordinator", "section.empty",
                    "Name the care co-ordinator: every plan needs one."));
        }
        java.math.BigDecimal weeks = plan.budget().weeksPerYear();
        if (weeks.compareTo(MIN_WEEKS_PER_YEAR) < 0 || weeks.compareTo(MAX_WEEKS_PER_YEAR) > 0) {
            out.add(Problem.blocking("budget.weeksPerYear", "budget.weeks-per-year",
                    "Weeks per year is " + weeks.toPlainString() + ": it must be between 52 and 53 (52 is usual; "
                            + "some commissioners use 52.143). Every weekly cost is multiplied by it."));
        }
        if (plan.budget().startDate() == null) {
            out.add(Problem.blocking("budget.startDate", "section.empty", "Enter the date the plan starts."));
        }
    }

    private void checkOutcomes(Plan plan, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.outcomes().size(); i++) {
            Outcome o = plan.outcomes().get(i);
            String at = "outcomes[" + i + "]";
            if (!seen.add(o.id())) {
                out.add(Problem.blocking(at + ".id", "outcome.duplicate-id", "Two outcomes share the id " + o.id() + "."));
            }
            if (o.inPersonsWords().isBlank()) {
                out.add(Problem.blocking(at + ".inPersonsWords", "outcome.empty",
                        "Write the outcome in the person's own words."));
            }
            checkRuler(o.importance(), at + ".importance", "Importance", out);
            checkRuler(o.confidence(), at + ".confidence", "Confidence", out);
        }
    }

    private static void checkRuler(Integer value, String field, String name, List<Problem> out) {
        if (value != null && (value < 0 || value > 10)) {
            out.add(Problem.blocking(field, "outcome.ruler-range", name + " is a score from 0 to 10, not " + value + "."));
        }
    }

    private void checkLines(Plan plan, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.supportLines().size(); i++) {
            SupportLine line = plan.supportLines().get(i);
            String at = "supportLines[" + i + "]";
            String name = line.description().isBlank() ? "Line " + (i + 1) : "\"" + line.description() + "\"";
            if (!seen.add(line.id())) {
                out.add(Problem.blocking(at + ".id", "line.duplicate-id", "Two support lines share the id " + line.id() + "."));
            }
            if (line.description().isBlank()) {
                out.add(Problem.blocking(at + ".description", "line.no-description", "Line " + (i + 1) + " needs a description."));
            }
            if (line.outcomeIds().isEmpty()) {
                out.add(Problem.blocking(at + ".outcomeIds", "line.no-outcome",
                        name + " is not linked to an outcome: every line must serve one of the person's outcomes."));
            }
            for (String outcomeId : line.outcomeIds()) {
                if (plan.outcome(outcomeId).isEmpty()) {
                    out.add(Problem.blocking(at + ".outcomeIds", "line.unknown-outcome",
                            name + " is linked to an outcome that is not in the plan."));
                }
            }
            if (line.fundingStreamId().isBlank()) {
                out.add(Problem.blocking(at + ".fundingStreamId", "line.no-funding-stream",
                        name + " needs a funding stream to pay for it."));
            } else if (plan.fundingStream(line.fundingStreamId()).isEmpty()) {
                out.add(Problem.blocking(at + ".fundingStreamId", "line.unknown-funding-stream",
                        name + " is paid from a funding stream that is not in the plan."));
            }
            if (line.unitPrice().isNegative()) {
                out.add(Problem.blocking(at + ".unitPrice", "line.negative-price", name + " has a negative price."));
            }
            if (line.quantity().signum() < 0) {
                out.add(Problem.blocking(at + ".quantity", "line.negative-quantity", name + " has a negative quantity."));
            }
            exclusions.match(line.category()).ifPresent(excluded -> out.add(Problem.blocking(at + ".category",
                    "line.excluded-category", name + " is for \"" + excluded
                            + "\", which a personal health budget may not pay for.")));
            ConnectedPerson cp = line.connectedPerson();
            if (cp != null && cp.livesInSameHousehold() && cp.justification().isBlank()) {
                out.add(Problem.blocking(at + ".connectedPerson.justification", "line.connected-person",
                        name + " pays " + (cp.relationship().isBlank() ? "a connected person" : "a " + cp.relationship())
                                + " who lives in the same household: write why it is necessary. The commissioner "
                                + "will be asked to agree it."));
            }
            EvidenceNote ev = line.evidence();
            if (ev != null && ev.lacksEvidenceBase() && (ev.rationale().isBlank() || ev.clinicalReviewNote().isBlank())) {
                out.add(Problem.warning(at + ".evidence", "line.evidence",
                        name + " has no clear evidence base: add a written rationale and a clinical-review note."));
            }
            PaEmployment pa = line.pa();
            if (pa != null && pa.selfEmployed() && pa.employmentStatusCheck().isBlank()) {
                out.add(Problem.warning(at + ".pa.employmentStatusCheck", "pa.self-employed",
                        name + ": a self-employed personal assistant may in law be an employee. Record the "
                                + "employment-status check."));
            }
            if (pa != null && pa.employer().isBlank()) {
                out.add(Problem.warning(at + ".pa.employer", "pa.no-employer", name + ": say who is the employer."));
            }
        }
    }
}
