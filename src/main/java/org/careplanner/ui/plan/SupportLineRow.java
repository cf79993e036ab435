package org.careplanner.ui.plan;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.Money;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.SupportLine;
import org.careplanner.domain.SupportProvider;

/**
 * One support line as the broker is typing it. Prices, quantities and hours are kept as typed; {@link #toLine()}
 * writes only valid values (an invalid one keeps the line's last valid value). A personal assistant's line is
 * priced by the PA fields (hourly rate, hours a week) and the pricing package's employment costing.
 */
final class SupportLineRow {

    final String id;
    final StringProperty description = new SimpleStringProperty("");
    final ObjectProperty<SupportProvider> provider = new SimpleObjectProperty<>(SupportProvider.PAID_PROVIDER);
    final StringProperty providerName = new SimpleStringProperty("");
    final StringProperty unitPrice = new SimpleStringProperty("");
    final StringProperty quantity = new SimpleStringProperty("1");
    final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.PER_WEEK);
    final StringProperty fundingStreamId = new SimpleStringProperty("");
    final ObjectProperty<List<String>> outcomeIds = new SimpleObjectProperty<>(List.of());
    final BooleanProperty personalAssistant = new SimpleBooleanProperty(false);
    final StringProperty hourlyRate = new SimpleStringProperty("");
    final StringProperty hoursPerWeek = new SimpleStringProperty("");
    final BooleanProperty irregularHours = new SimpleBooleanProperty(false);
    final BooleanProperty pensionEligible = new SimpleBooleanProperty(true);
    final BooleanProperty claimsAllowance = new SimpleBooleanProperty(false);
    final StringProperty employer = new SimpleStringProperty("");
    /** The other costs of employing a PA, by their names in {@link PaEmployment}: a year, or once. */
    final StringProperty insurance = new SimpleStringProperty("");
    final StringProperty payroll = new SimpleStringProperty("");
    final StringProperty dbsCheck = new SimpleStringProperty("");
    final StringProperty recruitment = new SimpleStringProperty("");
    final StringProperty training = new SimpleStringProperty("");
    /** The line as last loaded or written: what the fields fall back to, and the parts this screen does not edit. */
    private SupportLine last;

    SupportLineRow(SupportLine line) {
        this.id = line.id();
        this.last = line;
        description.set(line.description());
        provider.set(line.provider() == null ? SupportProvider.PAID_PROVIDER : line.provider());
        providerName.set(line.providerName());
        unitPrice.set(line.unitPrice().isZero() ? "" : line.unitPrice().format());
        quantity.set(line.quantity().stripTrailingZeros().toPlainString());
        frequency.set(line.frequency());
        fundingStreamId.set(line.fundingStreamId());
        outcomeIds.set(line.outcomeIds());
        PaEmployment pa = line.pa();
        personalAssistant.set(pa != null);
        if (pa != null) {
            hourlyRate.set(shown(pa.hourlyRate()));
            hoursPerWeek.set(pa.hoursPerWeek().signum() == 0 ? "" : pa.hoursPerWeek().stripTrailingZeros()
                    .toPlainString());
            irregularHours.set(pa.irregularHours());
            pensionEligible.set(pa.pensionEligible());
            claimsAllowance.set(pa.claimsEmploymentAllowance());
            employer.set(pa.employer());
            insurance.set(shown(pa.employersLiabilityInsurance()));
            payroll.set(shown(pa.payrollService()));
            dbsCheck.set(shown(pa.dbsCheck()));
            recruitment.set(shown(pa.recruitment()));
            training.set(shown(pa.training()));
        }
    }

    Observable[] observables() {
        return new Observable[] {description, provider, providerName, unitPrice, quantity, frequency, fundingStreamId,
            outcomeIds, personalAssistant, hourlyRate, hoursPerWeek, irregularHours, pensionEligible, claimsAllowance,
            employer, insurance, payroll, dbsCheck, recruitment, training};
    }

    private static String shown(Money m) {
        return m.isZero() ? "" : m.format();
    }

    /** The amount typed; blank is nothing; not valid keeps the last valid amount. */
    private static Money amount(StringProperty text, Money before) {
        return text.get().isBlank() ? Money.ZERO : MoneyInput.money(text.get()).orElse(before);
    }

    /** The other-cost fields, by the path their problems carry under {@code .pa}. */
    java.util.Map<String, StringProperty> paCosts() {
        java.util.Map<String, StringProperty> costs = new java.util.LinkedHashMap<>();
        costs.put("employersLiabilityInsurance", insurance);
        costs.put("payrollService", payroll);
        costs.put("dbsCheck", dbsCheck);
        costs.put("recruitment", recruitment);
        costs.put("training", training);
        return costs;
    }

    /** The line with every valid value written in. */
    SupportLine toLine() {
        SupportLine old = last;
        String desc = description.get().length() > MoneyInput.MAX_LINE ? old.description() : description.get().strip();
        String who = providerName.get().length() > MoneyInput.MAX_LINE ? old.providerName() : providerName.get().strip();
        SupportLine line;
        if (personalAssistant.get()) {
            PaEmployment before = old.pa() == null
                    ? new PaEmployment("", Money.ZERO, BigDecimal.ZERO, false, true, false, false, "", null, null, null,
                    null, null)
                    : old.pa();
            Money rate = hourlyRate.get().isBlank() ? Money.ZERO
                    : MoneyInput.money(hourlyRate.get()).orElse(before.hourlyRate());
            BigDecimal hours = hoursPerWeek.get().isBlank() ? BigDecimal.ZERO
                    : MoneyInput.number(hoursPerWeek.get()).orElse(before.hoursPerWeek());
            String emp = employer.get().length() > MoneyInput.MAX_LINE ? before.employer() : employer.get().strip();
            PaEmployment pa = new PaEmployment(emp, rate, hours, irregularHours.get(), pensionEligible.get(),
                    claimsAllowance.get(), before.selfEmployed(), before.employmentStatusCheck(),
                    amount(insurance, before.employersLiabilityInsurance()),
                    amount(payroll, before.payrollService()), amount(dbsCheck, before.dbsCheck()),
                    amount(recruitment, before.recruitment()), amount(training, before.training()));
            line = new SupportLine(id, desc, SupportProvider.PERSONAL_ASSISTANT, who, old.category().isBlank()
                    ? "Personal assistant" : old.category(), old.catalogueCode(), rate, "hour", hours,
                    Frequency.PER_WEEK, old.when(), fundingStreamId.get(), outcomeIds.get(), old.connectedPerson(),
                    old.evidence(), pa);
        } else {
            Money price = unitPrice.get().isBlank() ? Money.ZERO
                    : MoneyInput.money(unitPrice.get()).orElse(old.unitPrice());
            BigDecimal qty = quantity.get().isBlank() ? BigDecimal.ZERO
                    : MoneyInput.number(quantity.get()).orElse(old.quantity());
            line = new SupportLine(id, desc, provider.get(), who, old.category(), old.catalogueCode(), price,
                    old.unit(), qty, frequency.get(), old.when(), fundingStreamId.get(), outcomeIds.get(),
                    old.connectedPerson(), old.evidence(), null);
        }
        last = line;
        return line;
    }

    /** Short text for the table and for screen readers: the description, or "(no description yet)". */
    String label() {
        return description.get().isBlank() ? org.careplanner.ui.MainWindow.TEXT.getString("support.line.unnamed")
                : description.get();
    }
}
