package org.careplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careplanner.pricing.PlanFixture.pounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RatesTableTest {

    private final RatesTable defaults = RatesTable.defaults();

    @Test
    void the_2025_26_tax_year_row_is_in_force_on_5_april_2026() {
        // The tax year runs 6 April to 5 April: 5 April 2026 is the last day of 2025/26.
        RatesInForce rates = defaults.inForceOn(LocalDate.of(2026, 4, 5)).orElseThrow();

        assertThat(rates.taxYear().effectiveFrom()).isEqualTo(LocalDate.of(2025, 4, 6));
    }

    @Test
    void the_2026_27_tax_year_row_takes_over_on_6_april_2026() {
        RatesInForce rates = defaults.inForceOn(LocalDate.of(2026, 4, 6)).orElseThrow();

        assertThat(rates.taxYear().effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    void the_living_wage_is_12_21_on_31_march_2026_and_12_71_from_1_april_2026() {
        // National Living Wage rows take effect on 1 April, five days before the tax year.
        assertThat(defaults.inForceOn(LocalDate.of(2026, 3, 31)).orElseThrow().livingWage().hourlyRate())
                .isEqualTo(pounds("12.21"));
        assertThat(defaults.inForceOn(LocalDate.of(2026, 4, 1)).orElseThrow().livingWage().hourlyRate())
                .isEqualTo(pounds("12.71"));
    }

    @Test
    void between_1_and_5_april_2026_the_new_living_wage_meets_the_old_tax_year() {
        RatesInForce rates = defaults.inForceOn(LocalDate.of(2026, 4, 3)).orElseThrow();

        assertThat(rates.livingWage().effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(rates.taxYear().effectiveFrom()).isEqualTo(LocalDate.of(2025, 4, 6));
    }

    @Test
    void the_defaults_hold_the_2025_26_figures() {
        RatesInForce rates = defaults.inForceOn(LocalDate.of(2025, 6, 2)).orElseThrow();

        assertThat(rates.taxYear().employerNiRate()).isEqualByComparingTo("0.15");
        assertThat(rates.taxYear().secondaryThreshold()).isEqualTo(pounds("5000"));
        assertThat(rates.taxYear().employmentAllowance()).isEqualTo(pounds("10500"));
        assertThat(rates.taxYear().pensionLowerLimit()).isEqualTo(pounds("6240"));
        assertThat(rates.taxYear().pensionUpperLimit()).isEqualTo(pounds("50270"));
        assertThat(rates.taxYear().pensionTrigger()).isEqualTo(pounds("10000"));
        assertThat(rates.taxYear().employerPensionRate()).isEqualByComparingTo("0.03");
        assertThat(rates.holiday().weeksPerYear()).isEqualByComparingTo("5.6");
        assertThat(rates.holiday().irregularHoursRate()).isEqualByComparingTo("0.1207");
        assertThat(rates.taxYear().source()).contains("gov.uk");
    }

    @Test
    void a_date_before_the_first_row_has_no_rates() {
        // The first tax-year row starts on 6 April 2025: nothing is in force on 5 April 2025.
        assertThat(defaults.inForceOn(LocalDate.of(2025, 4, 5))).isEmpty();
        assertThat(defaults.firstDateCovered()).isEqualTo(LocalDate.of(2025, 4, 6));
    }

    @Test
    void a_table_can_be_read_from_other_json_and_written_back() {
        String json = """
                {
                  "livingWage": [ { "effectiveFrom": "2030-04-01", "hourlyRate": "15.00" } ],
                  "taxYears": [ { "effectiveFrom": "2030-04-06", "employerNiRate": 0.16,
                                  "secondaryThreshold": "6000.00", "employmentAllowance": "11000.00",
                                  "pensionLowerLimit": "7000.00", "pensionUpperLimit": "55000.00",
                                  "pensionTrigger": "11000.00", "employerPensionRate": 0.04 } ],
                  "holiday": [ { "effectiveFrom": "2030-04-01", "weeksPerYear": 5.6, "irregularHoursRate": 0.1207 } ]
                }
                """;

        RatesTable table = RatesTable.fromJson(json);

        RatesInForce rates = table.inForceOn(LocalDate.of(2030, 5, 1)).orElseThrow();
        assertThat(rates.livingWage().hourlyRate()).isEqualTo(pounds("15.00"));
        assertThat(rates.taxYear().employerNiRate()).isEqualByComparingTo(new BigDecimal("0.16"));
        assertThat(RatesTable.fromJson(table.toJson())).isEqualTo(table);
        assertThat(RatesTable.fromJson(defaults.toJson())).isEqualTo(defaults);
    }

    @Test
    void an_amount_with_fractions_of_a_penny_is_refused_with_a_plain_message() {
        String json = defaults.toJson().replace("\"12.21\"", "\"12.215\"");

        assertThatThrownBy(() -> RatesTable.fromJson(json))
                .isInstanceOf(RatesFormatException.class)
                .hasMessageContaining("The rates table could not be read")
                .hasMessageContaining("12.215");
    }

    @Test
    void two_rows_of_one_kind_on_the_same_date_are_refused() {
        String json = defaults.toJson().replace("2026-04-01", "2025-04-01");

        assertThatThrownBy(() -> RatesTable.fromJson(json))
                .isInstanceOf(RatesFormatException.class)
                .hasMessageContaining("two \"livingWage\" rows taking effect on 2025-04-01");
    }

    @Test
    void a_table_without_tax_years_is_refused() {
        assertThatThrownBy(() -> RatesTable.fromJson("{\"livingWage\": [], \"holiday\": []}"))
                .isInstanceOf(RatesFormatException.class)
                .hasMessageContaining("at least one");
    }
}
