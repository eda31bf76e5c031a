package nl.tafelwerk.scenarios;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** Euros as the table writes them ({@code € 7.354.114}, {@code € 1,5 mln}) and read back from what people type. */
public final class Euros {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    // DecimalFormat is costly to build and not thread-safe: one of each per thread.
    private static final ThreadLocal<DecimalFormat> WHOLE = ThreadLocal.withInitial(() -> format("#,##0"));
    private static final ThreadLocal<DecimalFormat> CENTS = ThreadLocal.withInitial(() -> format("#,##0.00"));

    private Euros() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DUTCH));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }

    /** Whole euros with Dutch grouping, cents only when there are any: {@code € -4.516.709}, {@code € 12,50}. */
    public static String format(BigDecimal amount) {
        DecimalFormat format = amount.stripTrailingZeros().scale() > 0 ? CENTS.get() : WHOLE.get();
        return "€ " + format.format(amount);
    }

    /** Millions with two decimals, for charts and the comparison: {@code € 7,35 mln}. */
    public static String millions(BigDecimal amount) {
        return "€ " + amount.movePointLeft(6).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " mln";
    }

    /**
     * A typed amount: digits with Dutch grouping dots and a decimal comma ({@code 1.250.000,50}), or a
     * plain decimal point ({@code 1250000.50}); a euro sign and spaces are ignored. Empty when it is not a number.
     */
    public static Optional<BigDecimal> parse(String typed) {
        String text = typed.replace("€", "").replace(" ", "").replace("\u00a0", "").strip();
        if (text.isEmpty() || !text.matches("[-+]?[0-9.,]+")) {
            return Optional.empty();
        }
        if (text.contains(",")) {
            if (text.indexOf(',') != text.lastIndexOf(',')) {
                return Optional.empty();
            }
            text = text.replace(".", "").replace(',', '.');
        } else if (text.indexOf('.') != text.lastIndexOf('.') || text.matches("[-+]?\\d{1,3}\\.\\d{3}")) {
            // 1.250.000 or 1.250: grouping dots, as people here write whole euros
            text = text.replace(".", "");
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
