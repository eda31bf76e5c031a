package nl.tafelwerk.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Frozen means frozen: in every frozen state (vastgesteld, aangeboden, besluit ontvangen) every method that changes an
 * advice's texts, sources, suggestions or positions is refused, by someone who may call it otherwise, and the
 * vastgestelde version stays exactly as it was, also through the steps that are allowed then.
 */
class AdviceFrozenTest extends AdviceIntegrationTest {

    /** A frozen advice with an open suggestion made before it was vastgesteld. */
    record Frozen(Advice advice, Suggestion openSuggestion) {
    }

    private Frozen frozen(AdviceStatus state) {
        Vraagstuk v = support.inUitwerking("Bevroren " + state);
        support.actAs("programmabureau");
        Advice a = service.create(v.code());
        a = service.startConsultation(a.id(), a.version());
        support.actAs("lid-haz");
        service.setPosition(a.id(), "HAZ", Stance.STEUNT, null);
        support.actAs("lid-msz");
        Suggestion open = service.suggest(a.id(), AdviceSection.GEVOLGEN, "Gevolgen volgens MSZ", null);
        support.actAs("voorzitter");
        a = service.adopt(a.id(), a.version());
        if (state != AdviceStatus.VASTGESTELD) {
            a = service.offer(a.id(), a.version());
        }
        if (state == AdviceStatus.BESLUIT_ONTVANGEN) {
            a = service.recordDecision(a.id(), LocalDate.now(), "Overgenomen", "Verslag", a.version());
        }
        assertThat(a.status()).isEqualTo(state);
        return new Frozen(a, open);
    }

    static Map<String, Map.Entry<String, Consumer<Object[]>>> mutations(AdviceService service) {
        Map<String, Map.Entry<String, Consumer<Object[]>>> m = new LinkedHashMap<>();
        m.put("save", Map.entry("voorzitter", o -> service.save(((Advice) o[0]).id(),
                ((Advice) o[0]).toDraft().with(AdviceSection.ANALYSE, "Achteraf gewijzigd"))));
        m.put("acceptSources", Map.entry("voorzitter", o -> service.acceptSources(((Advice) o[0]).id(), AdviceSection.VRAAG)));
        m.put("suggest", Map.entry("lid-haz", o -> service.suggest(((Advice) o[0]).id(), AdviceSection.ANALYSE, "Nog een voorstel", null)));
        m.put("acceptSuggestion", Map.entry("voorzitter", o -> service.acceptSuggestion(((Suggestion) o[1]).id(), ((Suggestion) o[1]).version())));
        m.put("rejectSuggestion", Map.entry("voorzitter", o -> service.rejectSuggestion(((Suggestion) o[1]).id(), ((Suggestion) o[1]).version(), "Te laat")));
        m.put("setPosition", Map.entry("lid-haz", o -> service.setPosition(((Advice) o[0]).id(), "HAZ", Stance.STEUNT_NIET, "Toch niet")));
        m.put("startConsultation", Map.entry("voorzitter", o -> service.startConsultation(((Advice) o[0]).id(), ((Advice) o[0]).version())));
        m.put("returnToConcept", Map.entry("voorzitter", o -> service.returnToConcept(((Advice) o[0]).id(), ((Advice) o[0]).version())));
        m.put("adopt", Map.entry("voorzitter", o -> service.adopt(((Advice) o[0]).id(), ((Advice) o[0]).version())));
        return m;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (AdviceStatus state : List.of(AdviceStatus.VASTGESTELD, AdviceStatus.AANGEBODEN, AdviceStatus.BESLUIT_ONTVANGEN)) {
            for (String method : List.of("save", "acceptSources", "suggest", "acceptSuggestion", "rejectSuggestion",
                    "setPosition", "startConsultation", "returnToConcept", "adopt")) {
                cases.add(Arguments.of(state, method));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0} is refused")
    @MethodSource("cases")
    void everyChangeIsRefusedAndTheVersionStaysAsItWas(AdviceStatus state, String method) {
        Frozen f = frozen(state);
        AdviceVersion before = service.version(f.advice().id(), 1).orElseThrow();
        Map.Entry<String, Consumer<Object[]>> mutation = mutations(service).get(method);
        support.actAs(mutation.getKey());
        assertThatThrownBy(() -> mutation.getValue().accept(new Object[] {f.advice(), f.openSuggestion()}))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("advice.frozen"));
        Advice after = service.find(f.advice().id()).orElseThrow();
        assertThat(after.texts()).isEqualTo(f.advice().texts());
        assertThat(after.version()).isEqualTo(f.advice().version());
        assertThat(service.version(f.advice().id(), 1).orElseThrow()).isEqualTo(before);
        assertThat(service.endorsement(f.advice().id()).positions()).singleElement()
                .satisfies(p -> assertThat(p.stance()).isEqualTo(Stance.STEUNT));
        assertThat(service.suggestions(f.advice().id())).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(SuggestionState.OPEN));
    }

    @Test
    void theStepsAllowedOnAFrozenAdviceLeaveItsVersionUntouched() {
        Frozen f = frozen(AdviceStatus.VASTGESTELD);
        long id = f.advice().id();
        AdviceVersion v1 = service.version(id, 1).orElseThrow();
        support.actAs("programmabureau");
        distribution.send(id, 1, new RecipientSelection(true, "secretariaat@ib.example.nl", Set.of("HAZ", "FARM")));
        Advice a = service.offer(id, f.advice().version());
        a = service.recordDecision(id, LocalDate.now(), "Overgenomen", "Verslag IB", a.version());
        a = service.startNewVersion(id, "Aanvulling op verzoek van het IB", a.version());
        a = service.save(id, a.toDraft().with(AdviceSection.ANALYSE, "Versie 2 schrijft dit anders"));
        support.actAs("voorzitter");
        service.acceptSuggestion(f.openSuggestion().id(), f.openSuggestion().version());

        assertThat(service.version(id, 1).orElseThrow()).isEqualTo(v1);
        assertThat(service.version(id, 1).orElseThrow().text(AdviceSection.ANALYSE)).isNotEqualTo("Versie 2 schrijft dit anders");
        assertThat(service.version(id, 1).orElseThrow().positions()).hasSize(1);
    }
}
