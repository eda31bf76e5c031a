package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.tafelwerk.assessment.FrameworkDiff;
import nl.tafelwerk.assessment.WsjfPart;
import org.jspecify.annotations.Nullable;

/** How the framework's views word dates, parts and the fields of a difference. */
final class FrameworkTexts {

    private FrameworkTexts() {
    }

    static String date(Locale locale, LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** A field's value as users read it: a part by its name, a number with a decimal comma. */
    static String value(Component any, String field, @Nullable String value) {
        if (value == null) {
            return "—";
        }
        return switch (field) {
            case "part" -> any.getTranslation(WsjfPart.valueOf(value).messageKey());
            case "weight", "legalObligation", "perDependentBouwsteen" -> value.replace('.', ',');
            default -> value;
        };
    }

    static String fieldLabel(Component any, String field) {
        return any.getTranslation("framework.diff.field." + field);
    }

    static String change(Component any, FrameworkDiff.Change change) {
        return any.getTranslation("framework.diff." + change.name());
    }
}
