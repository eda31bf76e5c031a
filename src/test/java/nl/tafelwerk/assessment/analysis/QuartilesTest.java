package nl.tafelwerk.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Type-7 quartiles (Excel's QUARTILE.INC), checked by hand. */
class QuartilesTest {

    @Test
    void oddCountHitsOrderStatistics() {
        int[] values = {1, 2, 3, 5, 8};
        // h = 4p: Q1 at h = 1 → 2, median at h = 2 → 3, Q3 at h = 3 → 5
        assertThat(Quartiles.quantile(values, 5, 0.25)).isEqualTo(2.0);
        assertThat(Quartiles.median(values, 5)).isEqualTo(3.0);
        assertThat(Quartiles.quantile(values, 5, 0.75)).isEqualTo(5.0);
    }

    @Test
    void evenCountInterpolatesLikeExcelQuartileInc() {
        int[] values = {1, 2, 3, 5};
        // h = 3p: Q1 at 0.75 → 1 + 0.75·(2−1) = 1.75; median at 1.5 → 2.5; Q3 at 2.25 → 3 + 0.25·(5−3) = 3.5.
        // Tukey's hinges would give 1.5 and 4; Excel's QUARTILE.INC gives 1.75 and 3.5.
        assertThat(Quartiles.quantile(values, 4, 0.25)).isCloseTo(1.75, within(1e-12));
        assertThat(Quartiles.median(values, 4)).isCloseTo(2.5, within(1e-12));
        assertThat(Quartiles.quantile(values, 4, 0.75)).isCloseTo(3.5, within(1e-12));
    }

    @Test
    void oneValueIsItsOwnQuartiles() {
        int[] values = {13};
        assertThat(Quartiles.quantile(values, 1, 0.25)).isEqualTo(13.0);
        assertThat(Quartiles.quantile(values, 1, 0.75)).isEqualTo(13.0);
    }
}
