package nl.tafelwerk.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tafelwerk.advice.VersionDiff.Part;
import nl.tafelwerk.advice.VersionDiff.PartKind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void changedWordsAreRemovedAndAddedTheRestIsTheSame() {
        List<Part> parts = WordDiff.parts("De tafel adviseert scenario A.", "De tafel adviseert scenario B met voorbehoud.");
        assertThat(parts).containsExactly(new Part(PartKind.SAME, "De tafel adviseert scenario "),
                new Part(PartKind.REMOVED, "A."), new Part(PartKind.ADDED, "B met voorbehoud."));
        assertThat(String.join("", parts.stream().filter(p -> p.kind() != PartKind.ADDED).map(Part::text).toList()))
                .isEqualTo("De tafel adviseert scenario A.");
    }

    @Test
    void identicalTextsAreOneSamePartAndEmptyOnesNone() {
        assertThat(WordDiff.parts("Gelijk\n\nblijft", "Gelijk\n\nblijft")).containsExactly(new Part(PartKind.SAME, "Gelijk\n\nblijft"));
        assertThat(WordDiff.parts("", "")).isEmpty();
        assertThat(WordDiff.parts("", "Nieuw")).containsExactly(new Part(PartKind.ADDED, "Nieuw"));
    }
}
