package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.careplanner.domain.Money;
import org.junit.jupiter.api.Test;

/** Money and number fields of the costing: what is accepted, and the plain message for what is not. */
class MoneyInputTest {

    @Test
    void poundsAndPenceAsABrokerTypesThemAreAccepted() {
        assertThat(MoneyInput.moneyProblem("£12.50")).isEmpty();
        assertThat(MoneyInput.money("£12.50")).contains(Money.ofPence(1250));
        assertThat(MoneyInput.money("1,234.5")).contains(Money.ofPence(123450));
        assertThat(MoneyInput.money("21000")).contains(Money.ofPounds(21000));
    }

    @Test
    void aBlankFieldIsNotGivenRatherThanAProblem() {
        assertThat(MoneyInput.moneyProblem("  ")).isEmpty();
        assertThat(MoneyInput.money("")).isEmpty();
        assertThat(MoneyInput.numberProblem("")).isEmpty();
    }

    @Test
    void threeDecimalPlacesSayMoneyIsPoundsAndPence() {
        assertThat(MoneyInput.moneyProblem("12.505")).hasValueSatisfying(m ->
                assertThat(m).contains("more than two decimal places"));
        assertThat(MoneyInput.money("12.505")).isEmpty();
    }

    @Test
    void lettersAreNotAnAmount() {
        assertThat(MoneyInput.moneyProblem("abc")).hasValueSatisfying(m ->
                assertThat(m).startsWith("\"abc\" is not an amount of money"));
    }

    @Test
    void aNegativeAmountIsRefusedInPlainWords() {
        assertThat(MoneyInput.moneyProblem("-5")).contains("Enter an amount of £0 or more, without a minus sign.");
        assertThat(MoneyInput.money("-5")).isEmpty();
    }

    @Test
    void quantitiesAndHoursAreDecimalsOfZeroOrMore() {
        assertThat(MoneyInput.number("7.5")).contains(new BigDecimal("7.5"));
        assertThat(MoneyInput.numberProblem("-5")).contains("Enter a number of 0 or more, without a minus sign.");
        assertThat(MoneyInput.numberProblem("ten")).hasValueSatisfying(m -> assertThat(m).contains("is not a number"));
        assertThat(MoneyInput.numberProblem("1.255")).contains("Use at most two decimal places, for example 7.25.");
        assertThat(MoneyInput.numberProblem("20000")).isPresent();
    }
}
