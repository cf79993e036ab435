package org.careplanner.store;

import java.util.List;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SupportLine;

/**
 * A plan's support lines for a finance spreadsheet: one row per line, UTF-8 with a byte-order mark, a header
 * row, formula-injection escaping (see {@link SpreadsheetCsv}).
 *
 * <p>The annual cost column comes from the pricing package through {@link LineCosts} (weeks per year, PA on-costs,
 * rounded once per line); it is empty where costs are not known. Unit price, quantity and frequency let finance
 * check the sums.
 */
public final class CostingCsv {

    public static final List<String> HEADER = List.of("plan_id", "version", "status", "person", "line_id",
            "description", "provider", "provider_name", "category", "catalogue_code", "funding_stream", "unit",
            "unit_price", "quantity", "frequency", "personal_assistant", "annual_cost");

    private CostingCsv() {
    }

    public static String write(List<Plan> plans, LineCosts lineCosts) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(plans, lineCosts, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter never fails
        }
        return out.toString();
    }

    /**
     * The same CSV as {@link #write(List, LineCosts)}, written to {@code out} plan by plan as {@code plans} gives them
     * (only one plan's rows are held at a time). {@code out} is flushed, not closed.
     */
    public static void write(Iterable<Plan> plans, LineCosts lineCosts, java.io.Writer out) throws java.io.IOException {
        StringBuilder rows = new StringBuilder(SpreadsheetCsv.BYTE_ORDER_MARK);
        SpreadsheetCsv.writeRow(rows, HEADER);
        out.append(rows);
        for (Plan plan : plans) {
            rows.setLength(0);
            rows(plan, lineCosts, rows);
            out.append(rows);
        }
        out.flush();
    }

    private static void rows(Plan plan, LineCosts lineCosts, StringBuilder out) {
        List<Money> costs = lineCosts.annualCosts(plan);
        for (int i = 0; i < plan.supportLines().size(); i++) {
            SupportLine line = plan.supportLines().get(i);
            String stream = plan.fundingStream(line.fundingStreamId()).map(s -> s.name())
                    .orElse(line.fundingStreamId());
            SpreadsheetCsv.writeRow(out, List.of(plan.id().toString(), Integer.toString(plan.version()),
                    plan.status().name(), plan.person().fullName(), line.id(), line.description(),
                    line.provider() == null ? "" : line.provider().name(), line.providerName(), line.category(),
                    line.catalogueCode(), stream, line.unit(), line.unitPrice().toPlainString(),
                    line.quantity().toPlainString(), line.frequency().name(),
                    line.isPersonalAssistant() ? "yes" : "no",
                    i < costs.size() ? costs.get(i).toPlainString() : ""));
        }
    }
}
