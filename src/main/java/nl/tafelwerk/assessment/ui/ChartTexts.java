package nl.tafelwerk.assessment.ui;

import java.util.Locale;
import nl.tafelwerk.shared.Texts;

/**
 * Where a chart gets its words: a view passes its own {@code getTranslation}, a test or an export the bundles
 * directly ({@link #of(Locale)}).
 */
@FunctionalInterface
public interface ChartTexts {

    String get(String key, Object... arguments);

    static ChartTexts of(Locale locale) {
        return (key, arguments) -> Texts.get(locale, key, arguments);
    }
}
