package nl.tafelwerk.advice;

import java.util.List;
import nl.tafelwerk.shared.DomainException;

/**
 * Vaststellen refused: these required sections are empty. {@link #field()} names the first; the view shows
 * {@code advice.section.required} at each of {@link #sections()}.
 */
public class MissingSectionsException extends DomainException {

    private final List<AdviceSection> sections;

    public MissingSectionsException(List<AdviceSection> sections) {
        super(sections.getFirst().field(), "advice.section.required");
        this.sections = List.copyOf(sections);
    }

    public List<AdviceSection> sections() {
        return sections;
    }
}
