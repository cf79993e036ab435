package org.careplanner.pricing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SupportLine;

/**
 * The plan total broken down four ways. Each breakdown adds up to the plan total to the penny.
 *
 * <p>A line that serves several outcomes is split evenly between them, in whole pence; the pennies left
 * over go to the first outcome listed. So the by-outcome figures do not overlap and add up.
 *
 * <p>Keys keep the order they are first met in the plan. A line with no funding stream, no category or
 * no outcome is counted under {@link #UNASSIGNED} (""); a line whose funding stream is not in the plan is
 * counted under its stream id by stream, and under {@link #UNASSIGNED} by management option.
 *
 * @param byFundingStream annual cost by funding stream id
 * @param byOutcome       annual cost by outcome id
 * @param byCategory      annual cost by the line's category, as written
 * @param byManagement    annual cost by the management option (the name of a
 *                        {@link org.careplanner.domain.ManagementOption}) of the line's funding stream
 */
public record CostTotals(Map<String, Money> byFundingStream, Map<String, Money> byOutcome,
                         Map<String, Money> byCategory, Map<String, Money> byManagement) {

    /** The key for lines not assigned to a stream, outcome, category or management option. */
    public static final String UNASSIGNED = "";

    public CostTotals {
        byFundingStream = Collections.unmodifiableMap(new LinkedHashMap<>(byFundingStream));
        byOutcome = Collections.unmodifiableMap(new LinkedHashMap<>(byOutcome));
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
        byManagement = Collections.unmodifiableMap(new LinkedHashMap<>(byManagement));
    }

    static CostTotals of(Plan plan, List<LineCost> costs) {
        List<SupportLine> lines = plan.supportLines();
        Function<SupportLine, String> management = line -> plan.fundingStream(line.fundingStreamId())
                .map(stream -> stream.management().name()).orElse(UNASSIGNED);
        return new CostTotals(
                sumBy(lines, costs, SupportLine::fundingStreamId),
                byOutcome(lines, costs),
                sumBy(lines, costs, SupportLine::category),
                sumBy(lines, costs, management));
    }

    private static Map<String, Money> sumBy(List<SupportLine> lines, List<LineCost> costs,
                                            Function<SupportLine, String> key) {
        Map<String, Money> totals = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            totals.merge(key.apply(lines.get(i)), costs.get(i).annual(), Money::plus);
        }
        return totals;
    }

    private static Map<String, Money> byOutcome(List<SupportLine> lines, List<LineCost> costs) {
        Map<String, Money> totals = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> outcomes = lines.get(i).outcomeIds();
            long pence = costs.get(i).annual().pence();
            if (outcomes.isEmpty()) {
                totals.merge(UNASSIGNED, costs.get(i).annual(), Money::plus);
                continue;
            }
            long share = pence / outcomes.size();
            long leftOver = pence - share * outcomes.size();
            for (int o = 0; o < outcomes.size(); o++) {
                Money part = Money.ofPence(o == 0 ? share + leftOver : share);
                totals.merge(outcomes.get(o), part, Money::plus);
            }
        }
        return totals;
    }
}
