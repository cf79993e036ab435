package org.careplanner.store;

import java.util.List;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SupportLine;

/**
 * A plan's support lines for a finance spreadsheet: one row per line, UTF-8 with a byte-order mark, a header
 * row, formula-injection escaping (see {@link SpreadsheetCsv}).
 *
 * <p>There is no annual cost column yet: the annual cost is the pricing package's to compute (weeks per year,
 * PA on-costs, rounding once per line), and this branch does not have it. The columns give what finance needs
 * to check the sums: unit price, quantity and frequency.
 */
public final class CostingCsv {

    public static final List<String> HEADER = List.of("plan_id", "version", "status", "person", "line_id",
            "description", "provider", "provider_name", "category", "catalogue_code", "funding_stream", "unit",
            "unit_price", "quantity", "frequency", "personal_assistant");

    private CostingCsv() {
    }

    public static String write(List<Plan> plans) {
        StringBuilder out = new StringBuilder(SpreadsheetCsv.BYTE_ORDER_MARK);
        SpreadsheetCsv.writeRow(out, HEADER);
        for (Plan plan : plans) {
            for (SupportLine line : plan.supportLines()) {
                String stream = plan.fundingStream(line.fundingStreamId()).map(s -> s.name())
                        .orElse(line.fundingStreamId());
                SpreadsheetCsv.writeRow(out, List.of(plan.id().toString(), Integer.toString(plan.version()),
                        plan.status().name(), plan.person().fullName(), line.id(), line.description(),
                        line.provider() == null ? "" : line.provider().name(), line.providerName(), line.category(),
                        line.catalogueCode(), stream, line.unit(), line.unitPrice().toPlainString(),
                        line.quantity().toPlainString(), line.frequency().name(),
                        line.isPersonalAssistant() ? "yes" : "no"));
            }
        }
        return out.toString();
    }
}
