package org.careplanner.store;

import java.util.Objects;
import org.careplanner.domain.Money;

/**
 * A service a broker can pick for a support line, with a typical price.
 *
 * @param code         stable short code, e.g. "HC-HOUR"; support lines refer to it
 * @param unit         what one unit is: "hour", "session", "item", "week"
 * @param unitPrice    a typical price per unit (a guide: the plan's line holds the agreed price)
 * @param evidenceNote why this is, or is not, an evidence-based way to meet a health need ("" when plain)
 * @param excluded     a PHB cannot buy it (shared/domain.md "Cannot be bought"); kept so it can be shown as such
 * @param source       where the price comes from, or "estimate: why"
 */
public record CatalogueEntry(String code, String name, String category, String unit, Money unitPrice,
                             String evidenceNote, boolean excluded, String source) {
    public CatalogueEntry {
        Objects.requireNonNull(code, "code");
        name = name == null ? "" : name;
        category = category == null ? "" : category;
        unit = unit == null ? "" : unit;
        unitPrice = unitPrice == null ? Money.ZERO : unitPrice;
        evidenceNote = evidenceNote == null ? "" : evidenceNote;
        source = source == null ? "" : source;
    }
}
