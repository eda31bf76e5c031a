package nl.tafelwerk.advice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of an advice, in reading order. {@link #field()} is the name of the section everywhere: the property
 * the editor binds, the field a refusal ({@code DomainException.field()}) names, the history's field and the key of
 * the comment topic.
 */
public enum AdviceSection {
    VRAAG("vraag", true),
    ANALYSE("analyse", true),
    BETROKKEN("betrokken", false),
    AFHANKELIJKHEDEN("afhankelijkheden", false),
    SCENARIOS("scenarios", true),
    VOORKEURSSCENARIO("voorkeursscenario", true),
    GEVOLGEN("gevolgen", true),
    MINDERHEIDSSTANDPUNTEN("minderheidsstandpunten", false),
    GREMIUM("gremium", true);

    private final String field;
    private final boolean required;

    AdviceSection(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    public String field() {
        return field;
    }

    /** Must hold text before the chair can vaststellen. */
    public boolean required() {
        return required;
    }

    public String labelKey() {
        return "advice.section." + field;
    }

    public static Optional<AdviceSection> ofField(String field) {
        return Arrays.stream(values()).filter(s -> s.field.equals(field)).findFirst();
    }
}
