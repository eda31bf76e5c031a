package nl.tafelwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.tafelwerk.AuthorizationMatrix;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every (role × action) pair of the lifecycle and of editing, allowed and refused, at service
 * level. The expected matrix is written out here by hand, not derived from the production table.
 */
@TafelwerkTest
@org.springframework.transaction.annotation.Transactional // rolled back: other test classes count the catalogue
class AgendaAuthorizationMatrixTest {

    static final List<String> USERS = List.of("voorzitter", "programmabureau", "lid-haz", "lid-msz", "waarnemer", "beheerder");

    static final Map<LifecycleAction, Set<String>> ALLOWED = new EnumMap<>(Map.ofEntries(
            Map.entry(LifecycleAction.IN_TOETSING_NEMEN, Set.of("programmabureau")),
            Map.entry(LifecycleAction.ADVIES_HERZIEN, Set.of("voorzitter", "programmabureau")),
            Map.entry(LifecycleAction.TOELATEN, Set.of("voorzitter")),
            Map.entry(LifecycleAction.NIET_TOELATEN, Set.of("voorzitter", "programmabureau")),
            Map.entry(LifecycleAction.TERUGSTUREN, Set.of("voorzitter", "programmabureau")),
            Map.entry(LifecycleAction.OPNIEUW_INDIENEN, Set.of("voorzitter", "programmabureau", "lid-haz")),
            Map.entry(LifecycleAction.PARKEREN, Set.of("voorzitter")),
            Map.entry(LifecycleAction.HERACTIVEREN, Set.of("voorzitter")),
            Map.entry(LifecycleAction.AGENDEREN, Set.of("voorzitter", "programmabureau")),
            Map.entry(LifecycleAction.UITWERKING_STARTEN, Set.of("voorzitter", "programmabureau")),
            Map.entry(LifecycleAction.CONCEPTADVIES_GEREED, Set.of("voorzitter", "programmabureau")),
            Map.entry(LifecycleAction.ADVIES_GEDRAGEN_VERKLAREN, Set.of("voorzitter")),
            Map.entry(LifecycleAction.AANBIEDEN, Set.of("voorzitter", "programmabureau")),
            Map.entry(LifecycleAction.BESLUIT_VASTLEGGEN, Set.of("voorzitter", "programmabureau")),
            Map.entry(LifecycleAction.AFSLUITEN, Set.of("voorzitter")),
            Map.entry(LifecycleAction.INTREKKEN, Set.of("voorzitter", "lid-haz"))));

    enum Edit { SUBMIT, EDIT_DRAFT, EDIT_ON_AGENDA, EDIT_CLOSED, ASSIGN_GREMIUM, SCHEDULE_MEETING, SCREEN, REORDER }

    static final Map<Edit, Set<String>> EDIT_ALLOWED = new EnumMap<>(Map.of(
            Edit.SUBMIT, Set.of("voorzitter", "programmabureau", "lid-haz", "lid-msz"),
            Edit.EDIT_DRAFT, Set.of("voorzitter", "programmabureau", "lid-haz"),
            Edit.EDIT_ON_AGENDA, Set.of("voorzitter", "programmabureau"),
            Edit.EDIT_CLOSED, Set.of(),
            Edit.ASSIGN_GREMIUM, Set.of("voorzitter"),
            Edit.SCHEDULE_MEETING, Set.of("voorzitter", "programmabureau"),
            Edit.SCREEN, Set.of("voorzitter", "programmabureau"),
            Edit.REORDER, Set.of("voorzitter", "programmabureau")));

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

    static Stream<Arguments> lifecyclePairs() {
        return AuthorizationMatrix.pairs(LifecycleAction.class, USERS, ALLOWED);
    }

    static Stream<Arguments> editPairs() {
        return AuthorizationMatrix.pairs(Edit.class, USERS, EDIT_ALLOWED);
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("lifecyclePairs")
    void lifecycleStep(LifecycleAction action, String user, boolean allowed) {
        VraagstukStatus from = AgendaTestSupport.anyFrom(action);
        Vraagstuk v = support.fresh(from, "Matrix " + action + " " + user);
        if (action == LifecycleAction.TOELATEN) {
            support.actAs("programmabureau");
            v = service.screen(v.code(), AgendaTestSupport.allGates(service), v.version());
        }
        if (action == LifecycleAction.AANBIEDEN) {
            support.actAs("voorzitter");
            v = service.update(v.code(), v.toDraft().withGremium("IB"));
        }
        support.actAs(user);
        String reason = action.reasonRequired() ? "Reden van " + user : null;
        Vraagstuk before = v;
        if (allowed) {
            Vraagstuk after = service.transition(v.code(), action, reason, v.version());
            assertThat(after.status()).isEqualTo(action.to());
            assertThat(service.history(v.code()).getFirst().kind()).isEqualTo(HistoryEntry.Kind.STATUS);
            if (action.takenByTheAdvice()) {
                assertThat(service.availableActions(before)).as("the advice takes this step, the vraagstuk's view does not offer it")
                        .doesNotContain(action);
            } else {
                assertThat(service.availableActions(before)).contains(action);
            }
        } else {
            assertThatThrownBy(() -> service.transition(before.code(), action, reason, before.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(service.find(v.code()).orElseThrow().status()).isEqualTo(from);
            assertThat(service.availableActions(before)).doesNotContain(action);
        }
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("editPairs")
    void editing(Edit edit, String user, boolean allowed) {
        Vraagstuk v = switch (edit) {
            case SUBMIT, REORDER, EDIT_DRAFT -> support.fresh(VraagstukStatus.INGEDIEND, "Bewerken " + edit + " " + user);
            case SCREEN -> support.fresh(VraagstukStatus.IN_TOETSING, "Toetsen " + user);
            case EDIT_CLOSED -> support.fresh(VraagstukStatus.AFGESLOTEN, "Gesloten " + user);
            default -> support.fresh(VraagstukStatus.OP_VOORRAADAGENDA, "Op agenda " + edit + " " + user);
        };
        support.actAs(user);
        Runnable attempt = switch (edit) {
            case SUBMIT -> () -> service.submit(VraagstukDraft.of("Nieuw van " + user, VraagstukType.OVERIG, null));
            case EDIT_DRAFT, EDIT_ON_AGENDA, EDIT_CLOSED -> () -> service.update(v.code(), v.toDraft().withTitle(v.title() + " (gewijzigd)"));
            case ASSIGN_GREMIUM -> () -> service.update(v.code(), v.toDraft().withGremium("BO-IZA"));
            case SCHEDULE_MEETING -> () -> service.update(v.code(), new VraagstukDraft(v.title(), v.type(), v.source(),
                    v.description(), v.rationale(), v.urgency(), v.submittedBySector(), v.affectedSectors(), v.bouwstenen(),
                    v.gremiumCode(), v.workingGroup(), v.owner(), java.time.LocalDate.of(2026, 11, 23), v.version()));
            case SCREEN -> () -> service.screen(v.code(), Set.of("G-PORT"), v.version());
            case REORDER -> () -> service.moveBefore(v.code(), "VS-01");
        };
        if (allowed) {
            attempt.run();
        } else {
            assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class);
            support.actAs("voorzitter");
            Vraagstuk now = service.find(v.code()).orElseThrow();
            assertThat(now.version()).as("nothing changed").isEqualTo(v.version());
            assertThat(now.title()).isEqualTo(v.title());
        }
    }
}
