package org.careplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @Test
    void acceptsAValidNumberWrittenInTheUsualWays() {
        // 943 476 5919: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9 ✓
        assertThat(NhsNumber.parse("943 476 5919").digits()).isEqualTo("9434765919");
        assertThat(NhsNumber.parse("943-476-5919").formatted()).isEqualTo("943 476 5919");
        assertThat(NhsNumber.problemWith("9434765919")).isEmpty();
    }

    @Test
    void checkDigitsWorkedByHand() {
        // 100 000 004 4: 1×10 + 4×2 = 18; 18 mod 11 = 7; 11 − 7 = 4 → check digit 4.
        assertThat(NhsNumber.problemWith("1000000044")).isEmpty();
        // 000 000 014 0: 1×3 + 4×2 = 11; 11 mod 11 = 0; 11 − 0 = 11, which becomes 0 → check digit 0.
        assertThat(NhsNumber.problemWith("0000000140")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9434765918   | check digit does not match",
        "943476591    | has 10 digits; this has 9",
        "94347659190  | has 10 digits; this has 11",
        "943476591X   | digits only",
        "''           | it is optional",
        // 000 000 001 0: 1×2 = 2, 2 mod 11 = 2, 11 − 2 = 9 ≠ 0.
        "0000000010   | check digit does not match",
    })
    void refusesWithTheReason(String typed, String reason) {
        assertThat(NhsNumber.problemWith(typed)).get().asString().contains(reason);
    }

    @ParameterizedTest
    // 000 000 006 x: 6×2 = 12; 12 mod 11 = 1; 11 − 1 = 10, which no single digit can be: invalid whatever x is.
    @ValueSource(strings = {"0000000060", "0000000061", "0000000069"})
    void aCheckDigitOfTenMeansTheNumberIsInvalid(String typed) {
        assertThat(NhsNumber.problemWith(typed)).isPresent();
    }

    @Test
    void theRecordCannotHoldAnInvalidNumber() {
        assertThatThrownBy(() -> new NhsNumber("1234567890")).isInstanceOf(IllegalArgumentException.class);
    }
}
