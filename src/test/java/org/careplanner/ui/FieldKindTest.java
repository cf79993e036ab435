package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.careplanner.domain.TextLimits;
import org.careplanner.exchange.FormatLimits;
import org.careplanner.ui.FieldInput.Kind;
import org.junit.jupiter.api.Test;

/** What each kind of field takes and refuses, without a window; the walk over the real screens is FieldBoundsTest. */
class FieldKindTest {

    @Test
    void namesTakeAnyLettersApostrophesHyphensSpacesAndCombiningAccents() {
        for (String name : new String[] {"O'Brien", "O\u2019Brien", "Zo\u00eb", "Nguy\u1ec5n", "\u00d3 S\u00failleabh\u00e1in",
                "Zoe\u0308 Nguye\u0302\u0303n", "\u5c71\u7530 \u82b1\u5b50", "Anna-Lena Smith-Jones", "\u041e\u043b\u044c\u0433\u0430"}) {
            assertThat(Kind.NAME.refusal(name)).as(name).isEmpty();
        }
    }

    @Test
    void aPhoneNumberWithAnExtensionCanBeTypedOneKeyAtATimeAndTheMessageSaysHow() {
        for (String whole : new String[] {"01632 960123 ext. 45", "01632 960123 ext 45", "01632 960123 x45",
                "+44 (0)1632 960123 Ext. 45"}) {
            for (int end = 1; end <= whole.length(); end++) {
                assertThat(Kind.PHONE.refusal(whole.substring(0, end))).as("typed so far: " + whole.substring(0, end))
                        .isEmpty();
            }
        }
        assertThat(Kind.PHONE.refusal("01632 960123 email")).hasValue("A phone number has digits, spaces and "
                + "+ ( ) - only, for example 01632 960 123, and may end with an extension: x 45 or ext. 45.");
    }

    @Test
    void everyKindRefusesOneCharacterPastItsLimit() {
        for (Kind kind : Kind.values()) {
            String filler = kind == Kind.SCORE ? "10" : "0".repeat(kind.limit());
            if (kind == Kind.NUMBER) {
                filler = "0".repeat(kind.limit() - 3) + ".00";
            }
            assertThat(kind.refusal(filler)).as(kind + " at its limit").isEmpty();
            assertThat(kind.refusal(filler + "0")).as(kind + " past its limit").isPresent();
        }
    }

    @Test
    void moneyTakesWhatMoneyReadsAndRefusesLettersMinusAndExponents() {
        for (String ok : new String[] {"£1,234.50", "1234.5", "12.345", "50p", "£ 12", ""}) {
            assertThat(Kind.MONEY.refusal(ok)).as(ok).isEmpty();
        }
        for (String bad : new String[] {"abc", "1e5", "-5", "\u22125", "£12.50.", "$5"}) {
            assertThat(Kind.MONEY.refusal(bad)).as(bad).hasValue("Type an amount in pounds: digits, a \u00a3 sign, "
                    + "commas and one decimal point, for example \u00a31,234.50. No minus sign, no letters.");
        }
    }

    @Test
    void numbersAreDigitsWithAtMostTwoDecimalsWithinRange() {
        for (String ok : new String[] {"7.5", "37.25", "10000", "0", "."}) {
            assertThat(Kind.NUMBER.refusal(ok)).as(ok).isEmpty();
        }
        for (String bad : new String[] {"abc", "12.345", "1e5", "-5", "10000.01", "1,000"}) {
            assertThat(Kind.NUMBER.refusal(bad)).as(bad).isPresent();
        }
        assertThat(Kind.SCORE.refusal("10")).isEmpty();
        assertThat(Kind.SCORE.refusal("11")).hasValue("Type a whole number from 0 to 10.");
        assertThat(Kind.SCORE.refusal("-1")).isPresent();
    }

    @Test
    void tooLongSaysTheLimitAndTheLength() {
        assertThat(Kind.NAME.refusal("x".repeat(250))).hasValue(
                "This field takes at most 200 characters; that would make 250, so it was not put in.");
    }

    @Test
    void noFieldTakesMoreThanAPlanFileMayHold() {
        // Typed in the editor, a plan always exports and reads back: no kind is longer than the file's text limit.
        assertThat(Arrays.stream(Kind.values()).mapToInt(Kind::limit).max().orElseThrow())
                .isEqualTo(TextLimits.LONGEST).isLessThanOrEqualTo(FormatLimits.DEFAULT.maxTextLength());
    }
}
