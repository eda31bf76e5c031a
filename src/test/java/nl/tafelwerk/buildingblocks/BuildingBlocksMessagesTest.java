package nl.tafelwerk.buildingblocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.tafelwerk.shared.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message key the analyses can raise has a Dutch and an English text. */
class BuildingBlocksMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"bouwsteen.code.required", "bouwsteen.code.duplicate", "bouwsteen.unknown",
            "dependency.unknown", "dependency.self", "dependency.duplicate", "dependency.reason.required",
            "dependency.cycle", "dependency.notFound", "leadtime.missing", "leadtime.range", "maturity.level.range",
            "phase.unknown", "criterion.unknown"})
    void hasDutchAndEnglishText(String key) {
        for (Locale locale : List.of(Texts.DUTCH, Texts.ENGLISH)) {
            assertThat(Texts.get(locale, key, "X", 1, 2)).as(key + " " + locale).doesNotStartWith("!");
        }
        assertThat(Texts.get(Texts.DUTCH, key, "X", 1, 2)).isNotEqualTo(Texts.get(Texts.ENGLISH, key, "X", 1, 2));
    }
}
