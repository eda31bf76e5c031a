package nl.tafelwerk.assessment.ui;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Weights and boosts as typed: a decimal comma or point ("0,5" or "0.5"). They travel between co-editors as
 * text, since every co-editor shows the same characters; shown with a comma, the table's Dutch way.
 */
final class FrameworkNumbers {

    private FrameworkNumbers() {
    }

    static @Nullable BigDecimal parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean valid(@Nullable String text) {
        return text == null || text.isBlank() || parse(text) != null;
    }

    static String show(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }
}
