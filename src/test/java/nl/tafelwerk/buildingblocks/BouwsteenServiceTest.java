package nl.tafelwerk.buildingblocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The catalogue's rules in the service, whatever a view shows or hides. */
@TafelwerkTest
class BouwsteenServiceTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    BouwsteenService service;
    @Autowired
    UserDetailsService userDetails;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        TestBouwstenen.removeAllButTheSeed(jdbc);
    }

    @Test
    void seedCatalogueIsLoadedWithCodesForPhaseImpactAndStatus() {
        actAs("waarnemer");
        Bouwsteen mitz = service.find("MITZ").orElseThrow();
        assertThat(mitz.phase()).isEqualTo(ImplementationPhase.KOPLOPERS);
        assertThat(mitz.impact()).isEqualTo(Impact.BASIS);
        assertThat(mitz.tableStatus()).isEqualTo(BouwsteenStatus.IN_UITVOERING);
        assertThat(mitz.inferred()).contains("phase", "impact", "status");
        assertThat(service.needs("MITZ")).extracting(DependencyLink::toCode).containsExactly("LSP", "ZORGAB");
        assertThat(service.neededTransitively("MITZ")).contains("LSP", "ZORGAB", "AORTA");
        assertThat(service.needingTransitively("LSP")).contains("MITZ", "ZORGAB", "NIS");
    }

    @Test
    void seedImportRefusesTheLinkThatClosesTheTwiinBeeldCycle() {
        actAs("waarnemer");
        Map<String, java.util.Set<String>> needs = service.needsMap();
        boolean twiinNeedsBeeld = needs.getOrDefault("TWIIN", java.util.Set.of()).contains("BEELD");
        boolean beeldNeedsTwiin = needs.getOrDefault("BEELD", java.util.Set.of()).contains("TWIIN");
        assertThat(twiinNeedsBeeld ^ beeldNeedsTwiin).as("exactly one of TWIIN → BEELD, BEELD → TWIIN").isTrue();
    }

    @Test
    void listFiltersSortsAndPages() {
        actAs("lid-haz");
        int all = service.count(BouwsteenFilter.NONE);
        assertThat(all).isGreaterThanOrEqualTo(31);
        BouwsteenFilter green = new BouwsteenFilter(null, null, null, BouwsteenStatus.IN_UITVOERING, null);
        assertThat(service.count(green)).isEqualTo(9);
        List<BouwsteenListItem> byNameDesc = service.list(BouwsteenFilter.NONE, 0, 5, List.of(new BouwsteenSort("name", false)));
        assertThat(byNameDesc).hasSize(5);
        assertThat(byNameDesc.get(0).name().compareToIgnoreCase(byNameDesc.get(4).name())).isPositive();
        List<BouwsteenListItem> page2 = service.list(BouwsteenFilter.NONE, 3, 2, List.of(new BouwsteenSort("code", true)));
        List<BouwsteenListItem> first5 = service.list(BouwsteenFilter.NONE, 0, 5, List.of(new BouwsteenSort("code", true)));
        assertThat(page2).containsExactlyElementsOf(first5.subList(3, 5));
        BouwsteenFilter kikv = new BouwsteenFilter("kik-v", null, null, null, null);
        assertThat(service.list(kikv, 0, 10, List.of())).extracting(BouwsteenListItem::code).contains("KIKV").hasSizeLessThan(5);
        BouwsteenFilter lz = new BouwsteenFilter(null, null, null, null, "LZ");
        assertThat(service.list(lz, 0, 100, List.of())).extracting(BouwsteenListItem::code)
                .contains("KIKV", "EOVERDRACHT", "MEDMIJ", "DEZI") // DEZI applies to ALL sectors
                .doesNotContain("TWIIN-P");
    }

    @Test
    void authorisationMatrix() {
        String code = newCode();
        actAs("waarnemer");
        assertThatThrownBy(() -> service.propose(new NewBouwsteen(code, "X", null, "norm", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addDependency("MITZ", "DEZI", "omdat")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setSectorStatus("MITZ", "HAZ", BouwsteenStatus.VOLGEND))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.mayEdit()).isFalse();
        assertThat(service.mayPropose()).isFalse();

        actAs("lid-haz");
        Bouwsteen proposed = service.propose(new NewBouwsteen(code, "Voorstel van HAZ", "Test", "norm", List.of("HAZ")));
        assertThat(proposed.proposalState()).isEqualTo(ProposalState.VOORGESTELD);
        DependencyLink link = service.addDependency(code, "DEZI", "Heeft identificatie nodig");
        assertThat(link.proposalState()).isEqualTo(ProposalState.VOORGESTELD);
        assertThatThrownBy(() -> service.confirm(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.confirmDependency(code, "DEZI")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(code, changeOf(proposed, "Andere naam"))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.setSectorStatus(code, "HAZ", BouwsteenStatus.IN_UITVOERING).sectorStatuses())
                .containsEntry("HAZ", BouwsteenStatus.IN_UITVOERING);
        assertThatThrownBy(() -> service.setSectorStatus(code, "MSZ", BouwsteenStatus.VOLGEND))
                .isInstanceOf(AccessDeniedException.class);

        actAs("programmabureau");
        assertThat(service.confirm(code).proposalState()).isEqualTo(ProposalState.BEVESTIGD);
        service.confirmDependency(code, "DEZI");
        assertThat(service.needs(code)).singleElement().extracting(DependencyLink::proposalState).isEqualTo(ProposalState.BEVESTIGD);

        actAs("voorzitter");
        Bouwsteen saved = service.save(code, changeOf(service.find(code).orElseThrow(), "Bevestigde naam"));
        assertThat(saved.name()).isEqualTo("Bevestigde naam");
        assertThat(service.history(code)).extracting(HistoryEntry::field)
                .contains("created", "proposalState", "name", "dependency", "sectorStatus.HAZ");
        assertThat(service.history(code).get(0).who()).isEqualTo("Onafhankelijk voorzitter");
    }

    @Test
    void chairRejectsAProposalAndItIsGone() {
        String code = newCode();
        actAs("lid-msz");
        service.propose(new NewBouwsteen(code, "Weg ermee", null, "norm", List.of()));
        actAs("voorzitter");
        service.reject(code);
        assertThat(service.find(code)).isEmpty();
        assertThatThrownBy(() -> service.reject("MITZ")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bouwsteen.reject.confirmed"));
    }

    @Test
    void badLinksAreRefusedInDutchAndNothingIsSaved() {
        String a = newCode();
        String b = newCode();
        String c = newCode();
        actAs("voorzitter");
        for (String code : List.of(a, b, c)) {
            service.propose(new NewBouwsteen(code, "Keten " + code, null, "norm", List.of()));
        }
        service.addDependency(a, b, "a heeft b nodig");
        service.addDependency(b, c, "b heeft c nodig");
        long links = service.countDependencies();

        assertThatThrownBy(() -> service.addDependency(a, a, "zelf"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(dutch(e)).isEqualTo(
                        "Een bouwsteen kan niet van zichzelf afhangen (" + a + ")"));
        assertThatThrownBy(() -> service.addDependency(a, b, "nog eens"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(dutch(e)).isEqualTo(
                        a + " hangt al af van " + b));
        assertThatThrownBy(() -> service.addDependency(c, a, "rond"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(dutch(e)).isEqualTo(
                        "Deze afhankelijkheid maakt een cyclus: " + c + " → " + a + " → " + b + " → " + c));
        assertThatThrownBy(() -> service.addDependency(a, "BESTAAT-NIET", "?"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(dutch(e)).isEqualTo(
                        "Onbekende bouwsteen: BESTAAT-NIET"));
        assertThatThrownBy(() -> service.addDependency(a, c, "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(service.countDependencies()).isEqualTo(links);
    }

    @Test
    void staleSaveIsRefusedWithTheCurrentValues() {
        String code = newCode();
        actAs("programmabureau");
        Bouwsteen loaded = service.propose(new NewBouwsteen(code, "Origineel", null, "norm", List.of()));
        Bouwsteen saved = service.save(code, changeOf(loaded, "Eerst opgeslagen"));

        actAs("voorzitter");
        assertThatThrownBy(() -> service.save(code, changeOf(loaded, "Te laat")))
                .isInstanceOfSatisfying(BouwsteenConflictException.class, conflict -> {
                    assertThat(conflict.current().name()).isEqualTo("Eerst opgeslagen");
                    assertThat(conflict.current().version()).isEqualTo(saved.version());
                });
        assertThat(service.find(code).orElseThrow().name()).isEqualTo("Eerst opgeslagen");
    }

    @Test
    void levelsOutsideTheScaleAndBadFieldsAreRefusedBesideTheField() {
        actAs("voorzitter");
        Bouwsteen mitz = service.find("MITZ").orElseThrow();
        Map<AcceptanceCriterion, Integer> levels = new EnumMap<>(AcceptanceCriterion.class);
        levels.put(AcceptanceCriterion.BEHEER, 4);
        BouwsteenChange tooHigh = new BouwsteenChange(mitz.name(), mitz.description(), mitz.type(), mitz.owner(), mitz.phase(),
                mitz.impact(), mitz.tableStatus(), mitz.sectors(), mitz.leadTimeWeeks(), levels, mitz.source(),
                mitz.legalAnchor(), mitz.version());
        assertThatThrownBy(() -> service.save("MITZ", tooHigh)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo("levelBeheer");
            assertThat(dutch(e)).isEqualTo("Niveau 4 ligt buiten de schaal 0–3");
        });
        assertThatThrownBy(() -> service.save("MITZ", changeOf(mitz, " "))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(service.find("MITZ").orElseThrow().version()).isEqualTo(mitz.version());
    }

    /** Issue 9: the history records the catalogue's fields by the names the editor binds and its conflict list shows. */
    @Test
    void aSaveOfEveryEditableFieldWritesOneHistoryEntryPerCatalogueField() {
        String code = newCode();
        actAs("voorzitter");
        Bouwsteen before = service.propose(new NewBouwsteen(code, "Alles anders", null, "norm", List.of()));
        Map<AcceptanceCriterion, Integer> levels = new EnumMap<>(AcceptanceCriterion.class);
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            levels.put(c, 2);
        }
        BouwsteenChange everything = new BouwsteenChange("Alles nieuw", "Nieuwe beschrijving", "landelijke_voorziening", "Nictiz",
                ImplementationPhase.OPTIMALISATIE, Impact.VERNIEUWING, BouwsteenStatus.IN_UITVOERING, List.of("HAZ", "MSZ"), 26, levels,
                "Bron 000", "Wegiz", before.version());
        assertThat(BouwsteenFields.CATALOGUE.changes(BouwsteenChange.of(before), everything))
                .as("the test changes every field of the catalogue").hasSize(BouwsteenFields.CATALOGUE.fields().size());

        service.save(code, everything);

        List<HistoryEntry> saved = service.history(code).stream().filter(e -> !e.field().equals("created")).toList();
        assertThat(saved).extracting(HistoryEntry::field).containsExactlyInAnyOrderElementsOf(
                BouwsteenFields.CATALOGUE.fields().stream().map(nl.tafelwerk.shared.EditableField::name).toList());
        assertThat(saved).filteredOn(e -> e.field().equals("levelBeheer")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("2"));
        assertThat(saved).filteredOn(e -> e.field().equals("sectors")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("HAZ, MSZ"));
        assertThat(saved).filteredOn(e -> e.field().equals("phase")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("OPTIMALISATIE"));
    }

    @Test
    void maturityAndCriticalPath() {
        String base = newCode();
        String top = newCode();
        actAs("voorzitter");
        Bouwsteen b = service.propose(new NewBouwsteen(base, "Basis", null, "norm", List.of()));
        Bouwsteen t = service.propose(new NewBouwsteen(top, "Top", null, "norm", List.of()));
        service.addDependency(top, base, "top bouwt op basis");
        Map<AcceptanceCriterion, Integer> all1 = new EnumMap<>(AcceptanceCriterion.class);
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            all1.put(c, 1);
        }
        service.save(base, new BouwsteenChange(b.name(), null, "norm", null, ImplementationPhase.INTAKE, null, null,
                List.of(), 12, all1, null, null, b.version()));
        service.save(top, new BouwsteenChange(t.name(), null, "norm", null, ImplementationPhase.KOPLOPERS, null, null,
                List.of(), 8, Map.of(), null, null, t.version()));

        MaturityRow ready = service.maturity(base);
        assertThat(ready.nextPhase()).isEqualTo(ImplementationPhase.KOPLOPERS);
        assertThat(ready.readyForNext()).isTrue();
        MaturityRow notReady = service.maturity(top);
        assertThat(notReady.nextPhase()).isEqualTo(ImplementationPhase.OPTIMALISATIE);
        assertThat(notReady.readyForNext()).isFalse();
        assertThat(notReady.gap(AcceptanceCriterion.REFERENTIEPROCES)).isEqualTo(2);
        assertThat(notReady.gap(AcceptanceCriterion.STURINGSMECHANISMEN)).isEqualTo(1);

        CriticalPath path = service.criticalPath(top);
        assertThat(path.weeks()).isEqualTo(20);
        assertThat(path.chain()).containsExactly(base, top);
    }

    private static String dutch(DomainException e) {
        return Texts.get(Texts.DUTCH, e.messageKey(), e.arguments());
    }

    static String newCode() {
        return "T" + (System.nanoTime() % 100000) + "-" + SEQ.incrementAndGet();
    }

    static BouwsteenChange changeOf(Bouwsteen b, String name) {
        return new BouwsteenChange(name, b.description(), b.type(), b.owner(), b.phase(), b.impact(), b.tableStatus(),
                b.sectors(), b.leadTimeWeeks(), b.maturity(), b.source(), b.legalAnchor(), b.version());
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
