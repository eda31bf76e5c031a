package nl.tafelwerk.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts as people here type and read them. */
class EurosTest {

    @Test
    void typedAmountsAreReadTheDutchWayAndTheInternationalWay() {
        assertThat(Euros.parse("1.250.000,50")).contains(new BigDecimal("1250000.50"));
        assertThat(Euros.parse("€ 1.250.000")).contains(new BigDecimal("1250000"));
        assertThat(Euros.parse("1250000.50")).contains(new BigDecimal("1250000.50"));
        assertThat(Euros.parse("2,5")).contains(new BigDecimal("2.5"));
        assertThat(Euros.parse("1.250")).contains(new BigDecimal("1250"));
        assertThat(Euros.parse("-5")).contains(new BigDecimal("-5"));
    }

    @Test
    void anythingElseIsNotANumber() {
        assertThat(Euros.parse("twaalf")).isEmpty();
        assertThat(Euros.parse("1,2,3")).isEmpty();
        assertThat(Euros.parse("")).isEmpty();
        assertThat(Euros.parse("12e9")).isEmpty();
        assertThat(Euros.parse("=1+1")).isEmpty();
    }

    @Test
    void amountsAreWrittenWithDutchGroupingAndCentsOnlyWhenThere() {
        assertThat(Euros.format(new BigDecimal("-4516709"))).isEqualTo("€ -4.516.709");
        assertThat(Euros.format(new BigDecimal("12.50"))).isEqualTo("€ 12,50");
        assertThat(Euros.format(new BigDecimal("7354114.00"))).isEqualTo("€ 7.354.114");
        assertThat(Euros.millions(new BigDecimal("2837405"))).isEqualTo("€ 2,84 mln");
    }
}
