package org.careplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" is {1} pence")
    @CsvSource(delimiter = '|', value = {
        "£1,234.5     | 123450",
        "1234.50      | 123450",
        "12           | 1200",
        "£12          | 1200",
        "' £ 7 '      | 700",
        "0.5          | 50",
        ".75          | 75",
        "£0.01        | 1",
        "1,000,000    | 100000000",
        "-£3.20       | -320",
        "£-3.20       | -320",
        "-3.2         | -320",
        "GBP 10.00    | 1000",
        "45p          | 45",
        "007.10       | 710",
        "999999999.99 | 99999999999",
    })
    void readsWhatPeopleType(String typed, long pence) {
        assertThat(Money.parse(typed).pence()).isEqualTo(pence);
    }

    static Stream<Arguments> notMoney() {
        return Stream.of(
            Arguments.of("", "Enter an amount"),
            Arguments.of("   ", "Enter an amount"),
            Arguments.of(null, "Enter an amount"),
            Arguments.of("£", "Enter a number after the £ sign"),
            Arguments.of("abc", "is not an amount of money"),
            Arguments.of("twelve pounds", "is not an amount of money"),
            Arguments.of("12.345", "more than two decimal places"),
            Arguments.of("0.001", "more than two decimal places"),
            Arguments.of("1.2.3", "more than one decimal point"),
            Arguments.of("12.", "ends with a decimal point"),
            Arguments.of("1,23", "commas in the wrong places"),
            Arguments.of("12,34.00", "commas in the wrong places"),
            Arguments.of(",100", "commas in the wrong places"),
            Arguments.of("12a", "is not an amount of money"),
            Arguments.of("1e5", "is not an amount of money"),
            Arguments.of("NaN", "is not an amount of money"),
            Arguments.of("--5", "is not an amount of money"),
            Arguments.of("$12.00", "pounds (£) only"),
            Arguments.of("€5", "pounds (£) only"),
            Arguments.of("12 50", "is not an amount of money"),
            Arguments.of("1000000000", "too large"),
            Arguments.of("99999999999999999999999", "too large"),
            Arguments.of("12.5x", "is not an amount of money"),
            Arguments.of("0x10", "is not an amount of money"),
            Arguments.of("١٢", "is not an amount of money"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @MethodSource("notMoney")
    void refusesWhatIsNotMoneyWithAPlainMessage(String typed, String message) {
        assertThatThrownBy(() -> Money.parse(typed))
                .isInstanceOf(MoneyFormatException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0} pence is shown as {1}")
    @CsvSource(delimiter = '|', value = {
        "123450      | £1,234.50",
        "0           | £0.00",
        "5           | £0.05",
        "-320        | -£3.20",
        "99999999999 | £999,999,999.99",
    })
    void formatsForEnGb(long pence, String shown) {
        assertThat(Money.ofPence(pence).format()).isEqualTo(shown);
    }

    @Test
    void arithmeticIsExact() {
        // 0.10 + 0.20 = 0.30 exactly (the classic floating-point trap gives 0.30000000000000004).
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.parse("10").minus(Money.parse("10.01"))).isEqualTo(Money.ofPence(-1));
        assertThat(Money.parse("5").isGreaterThan(Money.parse("4.99"))).isTrue();
    }

    @Test
    void roundingIsNamedAtTheCallSite() {
        // £0.10 × 0.125 = £0.0125: HALF_UP gives £0.01; £0.10 × 0.15 = £0.015: HALF_UP gives £0.02.
        assertThat(Money.parse("0.10").times(new BigDecimal("0.125"), RoundingMode.HALF_UP)).isEqualTo(Money.ofPence(1));
        assertThat(Money.parse("0.10").times(new BigDecimal("0.15"), RoundingMode.HALF_UP)).isEqualTo(Money.ofPence(2));
        assertThat(Money.of(new BigDecimal("2.345"), RoundingMode.HALF_UP)).isEqualTo(Money.ofPence(235));
        assertThat(Money.of(new BigDecimal("2.345"), RoundingMode.DOWN)).isEqualTo(Money.ofPence(234));
    }

    @Test
    void refusesAnAmountWithFractionsOfAPennyUnlessRoundingIsNamed() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void plainStringIsTheFileForm() {
        assertThat(Money.parse("£1,234.5").toPlainString()).isEqualTo("1234.50");
        assertThat(Money.ofPence(-320).toPlainString()).isEqualTo("-3.20");
    }
}
