package nl.tafelwerk.scenarios;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.shared.SavedItem;
import org.jspecify.annotations.Nullable;

/**
 * A scenario of a vraagstuk as saved, at {@code version}: its texts on the four parameters, the
 * bouwstenen it plans, its milestones, money, FTE and risks. {@code variantOf} names the scenario it
 * was copied from.
 */
public record Scenario(String code, String vraagstukCode, @Nullable String variantOf, String name, String summary,
                       String assumptions, String delivered, Set<String> forSectors, String effects,
                       String inhoudNarrative, String tijdNarrative, String geldNarrative, String risicoNarrative,
                       int firstYear, int lastYear, BigDecimal discountRate, List<PlannedBouwsteen> plan,
                       List<Milestone> milestones, List<MoneyLine> money, List<FteLine> fte, List<ScenarioRisk> risks,
                       Instant updatedAt, String updatedBy, long version) implements SavedItem {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int PARTY_MAX = 60;
    public static final int MAX_YEARS = 30;
    public static final int MAX_LINES = 1000;
    /** Amounts at or beyond a hundred billion euros are typing errors, not plans. */
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("100000000000");
    public static final BigDecimal FTE_MAX = new BigDecimal("100000");

    public Scenario {
        forSectors = Set.copyOf(forSectors);
        plan = List.copyOf(plan);
        milestones = List.copyOf(milestones);
        money = List.copyOf(money);
        fte = List.copyOf(fte);
        risks = List.copyOf(risks);
    }

    public ScenarioDraft toDraft() {
        return new ScenarioDraft(name, summary, assumptions, delivered, forSectors, effects, inhoudNarrative,
                tijdNarrative, geldNarrative, risicoNarrative, firstYear, lastYear, ScenarioDraft.rateText(discountRate),
                version);
    }

    public String label() {
        return code + " · " + name;
    }
}
