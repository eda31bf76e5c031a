package nl.tafelwerk.scenarios;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The co-edited fields of a scenario, made against {@code baseVersion}. The discount rate is the text
 * as typed (a percentage, comma or point), so a non-number is refused at its field, not lost.
 */
public record ScenarioDraft(String name, String summary, String assumptions, String delivered, Set<String> forSectors,
                            String effects, String inhoudNarrative, String tijdNarrative, String geldNarrative,
                            String risicoNarrative, @Nullable Integer firstYear, @Nullable Integer lastYear,
                            String discountRate, long baseVersion) {

    public ScenarioDraft {
        forSectors = Set.copyOf(forSectors);
    }

    /** A new scenario: a name, the years it spans and the default discount rate. */
    public static ScenarioDraft named(String name, int firstYear, int lastYear) {
        return new ScenarioDraft(name, "", "", "", Set.of(), "", "", "", "", "", firstYear, lastYear, "4", 0);
    }

    public ScenarioDraft withName(String newName) {
        return new ScenarioDraft(newName, summary, assumptions, delivered, forSectors, effects, inhoudNarrative,
                tijdNarrative, geldNarrative, risicoNarrative, firstYear, lastYear, discountRate, baseVersion);
    }

    public ScenarioDraft withYears(@Nullable Integer first, @Nullable Integer last) {
        return new ScenarioDraft(name, summary, assumptions, delivered, forSectors, effects, inhoudNarrative,
                tijdNarrative, geldNarrative, risicoNarrative, first, last, discountRate, baseVersion);
    }

    public ScenarioDraft withDiscountRate(String rate) {
        return new ScenarioDraft(name, summary, assumptions, delivered, forSectors, effects, inhoudNarrative,
                tijdNarrative, geldNarrative, risicoNarrative, firstYear, lastYear, rate, baseVersion);
    }

    public ScenarioDraft withSummary(String text) {
        return new ScenarioDraft(name, text, assumptions, delivered, forSectors, effects, inhoudNarrative,
                tijdNarrative, geldNarrative, risicoNarrative, firstYear, lastYear, discountRate, baseVersion);
    }

    /** The rate as people write it here: Dutch decimal comma, no trailing zeros. */
    public static String rateText(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
