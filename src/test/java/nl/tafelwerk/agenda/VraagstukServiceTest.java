package nl.tafelwerk.agenda;

import nl.tafelwerk.shared.AllSectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@TafelwerkTest
@org.springframework.transaction.annotation.Transactional // rolled back: other test classes count the catalogue
class VraagstukServiceTest {

    @Autowired
    VraagstukService service;
    @Autowired
    UserDetailsService userDetails;
    AgendaTestSupport support;

    @BeforeEach
    void setUp() {
        support = new AgendaTestSupport(userDetails, service);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStaleSaveIsRefusedWithTheCurrentValuesAndNothingIsLost() {
        Vraagstuk loaded = support.fresh(VraagstukStatus.OP_VOORRAADAGENDA, "Conflict-test");
        support.actAs("programmabureau");
        Vraagstuk theirs = service.update(loaded.code(), loaded.toDraft().withTitle("Titel van het programmabureau"));

        support.actAs("voorzitter");
        VraagstukDraft mine = loaded.toDraft().withTitle("Titel van de voorzitter");
        assertThatThrownBy(() -> service.update(loaded.code(), mine))
                .isInstanceOfSatisfying(VraagstukConflictException.class, conflict -> {
                    assertThat(conflict.current().title()).isEqualTo("Titel van het programmabureau");
                    assertThat(conflict.current().version()).isEqualTo(theirs.version());
                    assertThat(conflict.messageKey()).isEqualTo("agenda.conflict");
                    assertThat(conflict.arguments()).containsExactly("Secretaris programmabureau");
                });
        assertThat(service.find(loaded.code()).orElseThrow().title()).isEqualTo("Titel van het programmabureau");

        // "keep mine": save again against the version the conflict reported
        Vraagstuk kept = service.update(loaded.code(), mine.withBaseVersion(theirs.version()));
        assertThat(kept.title()).isEqualTo("Titel van de voorzitter");
        List<HistoryEntry> history = service.history(loaded.code());
        assertThat(history).filteredOn(h -> "title".equals(h.field())).extracting(HistoryEntry::oldValue, HistoryEntry::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("Conflict-test", "Titel van het programmabureau"),
                        org.assertj.core.groups.Tuple.tuple("Titel van het programmabureau", "Titel van de voorzitter"));
    }

    @Test
    void emptyAndOverlongTitlesAreRefusedBesideTheField() {
        support.actAs("lid-lz");
        assertThatThrownBy(() -> service.submit(VraagstukDraft.of("   ", VraagstukType.OVERIG, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> service.submit(VraagstukDraft.of("x".repeat(Vraagstuk.TITLE_MAX + 1), VraagstukType.OVERIG, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
                    assertThat(e.arguments()).containsExactly(Vraagstuk.TITLE_MAX);
                });
        assertThatThrownBy(() -> service.submit(VraagstukDraft.of("Titel", null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void aMemberSubmitsForTheirOwnSectorOnly() {
        support.actAs("lid-lz");
        Vraagstuk mine = service.submit(VraagstukDraft.of("Vanuit LZ", VraagstukType.OVERIG, null));
        assertThat(mine.submittedBySector()).isEqualTo("LZ");
        assertThat(mine.status()).isEqualTo(VraagstukStatus.INGEDIEND);
        assertThat(mine.code()).matches("VS-\\d{2,}");
        assertThat(mine.submittedBy()).isEqualTo("lid-lz");
        assertThatThrownBy(() -> service.submit(VraagstukDraft.of("Namens HAZ", VraagstukType.OVERIG, "HAZ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.sector.ownOnly"));
    }

    @Test
    void unknownReferencesAreRefused() {
        support.actAs("voorzitter");
        assertThatThrownBy(() -> service.find("VS-9999").orElseThrow()).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> service.history("VS-9999"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.unknown"));
        VraagstukDraft bad = new VraagstukDraft("Titel", VraagstukType.OVERIG, null, null, null, null, "NOPE", Set.of(),
                Set.of(), null, null, null, null, 0);
        assertThatThrownBy(() -> service.submit(bad))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.sector.unknown"));
        VraagstukDraft badBs = new VraagstukDraft("Titel", VraagstukType.OVERIG, null, null, null, null, null, Set.of(),
                Set.of("GEEN-BOUWSTEEN"), null, null, null, null, 0);
        assertThatThrownBy(() -> service.submit(badBs))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.bouwsteen.unknown"));
    }

    @Test
    void invalidTransitionsAreExplained() {
        Vraagstuk v = support.fresh(VraagstukStatus.INGEDIEND, "Ongeldige stap");
        support.actAs("voorzitter");
        assertThatThrownBy(() -> service.transition(v.code(), LifecycleAction.AFSLUITEN, null, v.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.transition.invalid"));
        assertThatThrownBy(() -> service.transition(v.code(), LifecycleAction.INTREKKEN, " ", v.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.transition.reasonRequired"));

        support.actAs("programmabureau");
        Vraagstuk screening = service.transition(v.code(), LifecycleAction.IN_TOETSING_NEMEN, null, v.version());
        Vraagstuk partly = service.screen(v.code(), Set.of("G-PORT", "G-IMPL"), screening.version());
        support.actAs("voorzitter");
        assertThatThrownBy(() -> service.transition(v.code(), LifecycleAction.TOELATEN, null, partly.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.transition.screeningIncomplete"));
        assertThatThrownBy(() -> service.transition(v.code(), LifecycleAction.NIET_TOELATEN, "Sectoraal", screening.version()))
                .as("stale version").isInstanceOf(VraagstukConflictException.class);
        Vraagstuk rejected = service.transition(v.code(), LifecycleAction.NIET_TOELATEN, "Sectoraal vraagstuk", partly.version());
        assertThat(rejected.status()).isEqualTo(VraagstukStatus.NIET_TOEGELATEN);
        assertThat(rejected.statusReason()).isEqualTo("Sectoraal vraagstuk");
        HistoryEntry last = service.history(v.code()).getFirst();
        assertThat(last.kind()).isEqualTo(HistoryEntry.Kind.STATUS);
        assertThat(last.oldValue()).isEqualTo("IN_TOETSING");
        assertThat(last.newValue()).isEqualTo("NIET_TOEGELATEN");
        assertThat(last.reason()).isEqualTo("Sectoraal vraagstuk");
        assertThat(last.actorName()).isEqualTo("Onafhankelijk voorzitter");
    }

    @Test
    void offeringNeedsAGremium() {
        Vraagstuk v = support.fresh(VraagstukStatus.ADVIES_GEDRAGEN, "Zonder gremium");
        support.actAs("voorzitter");
        assertThatThrownBy(() -> service.transition(v.code(), LifecycleAction.AANBIEDEN, null, v.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.transition.gremiumRequired"));
    }

    @Test
    void theListIsPagedFilteredAndSorted() {
        support.actAs("waarnemer");
        long all = service.count(VraagstukFilter.ALL);
        assertThat(all).isGreaterThanOrEqualTo(18);
        List<VraagstukListItem> firstTwo = service.list(VraagstukFilter.ALL, List.of(new AgendaSort(AgendaSort.Column.CODE, true)), 0, 2);
        assertThat(firstTwo).extracting(VraagstukListItem::code).containsExactly("VS-01", "VS-02");
        List<VraagstukListItem> next = service.list(VraagstukFilter.ALL, List.of(new AgendaSort(AgendaSort.Column.CODE, true)), 1, 3);
        assertThat(next).extracting(VraagstukListItem::code).startsWith("VS-02", "VS-03");

        VraagstukFilter mitz = new VraagstukFilter("mitz", Set.of(), Set.of(), null);
        assertThat(service.list(mitz, List.of(), 0, 50)).extracting(VraagstukListItem::code).contains("VS-02", "VS-03")
                .doesNotContain("VS-01");
        VraagstukFilter generic = new VraagstukFilter(null, Set.of(VraagstukStatus.OP_VOORRAADAGENDA),
                Set.of(VraagstukType.GENERIEKE_FUNCTIES), null);
        assertThat(service.list(generic, List.of(), 0, 50)).isNotEmpty()
                .allSatisfy(i -> assertThat(i.type()).isEqualTo(VraagstukType.GENERIEKE_FUNCTIES));
        assertThat(service.count(generic)).isLessThan(all);
        VraagstukFilter farm = new VraagstukFilter(null, Set.of(), Set.of(), "FARM");
        assertThat(service.list(farm, List.of(), 0, 50)).isNotEmpty()
                .allSatisfy(i -> assertThat(i.affectedSectors().contains("FARM") || i.affectedSectors().contains(AllSectors.CODE)
                        || "FARM".equals(i.submittedBySector())).isTrue())
                .anySatisfy(i -> assertThat(i.affectedSectors()).containsExactly(AllSectors.CODE));
        VraagstukFilter weird = new VraagstukFilter("100%_\\", Set.of(), Set.of(), null);
        assertThat(service.count(weird)).isZero();
        List<VraagstukListItem> byTitleDesc = service.list(VraagstukFilter.ALL, List.of(new AgendaSort(AgendaSort.Column.TITLE, false)), 0, 5);
        assertThat(byTitleDesc).extracting(VraagstukListItem::title).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void reorderingMovesWithoutMakingOpenEditsStale() {
        Vraagstuk v = support.fresh(VraagstukStatus.OP_VOORRAADAGENDA, "Naar boven");
        support.actAs("programmabureau");
        String first = service.list(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER), 0, 1).getFirst().code();
        service.moveBefore(v.code(), first);
        List<VraagstukListItem> agreed = service.list(VraagstukFilter.ALL, List.of(AgendaSort.AGREED_ORDER), 0, 3);
        assertThat(agreed.getFirst().code()).isEqualTo(v.code());
        Vraagstuk after = service.find(v.code()).orElseThrow();
        assertThat(after.version()).isEqualTo(v.version());
        assertThat(after.position()).isEqualTo(1);
        assertThat(service.history(v.code()).getFirst().kind()).isEqualTo(HistoryEntry.Kind.POSITION);
        String last = service.list(VraagstukFilter.ALL, List.of(new AgendaSort(AgendaSort.Column.POSITION, false)), 0, 1)
                .getFirst().code();
        service.moveAfter(v.code(), last);
        assertThat(service.list(VraagstukFilter.ALL, List.of(new AgendaSort(AgendaSort.Column.POSITION, false)), 0, 1)
                .getFirst().code()).isEqualTo(v.code());
    }
}
