package nl.tafelwerk.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.tafelwerk.AuthorizationMatrix;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.agenda.HistoryEntry;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The meeting's state machine, who may take each step, decisions and actions, and frozen minutes, at service level. */
@TafelwerkTest
@org.springframework.transaction.annotation.Transactional // rolled back: other test classes count the vraagstukken
class MeetingServiceTest {

    static final List<String> USERS = List.of("voorzitter", "programmabureau", "lid-haz", "waarnemer", "beheerder");

    /** Written out by hand, not derived from MeetingStep. */
    static final Map<MeetingStep, Set<String>> ALLOWED = Map.of(
            MeetingStep.AGENDA_VASTSTELLEN, Set.of("voorzitter", "programmabureau"),
            MeetingStep.STUKKEN_VERZENDEN, Set.of("programmabureau"),
            MeetingStep.OPENEN, Set.of("voorzitter"),
            MeetingStep.SLUITEN, Set.of("voorzitter"),
            MeetingStep.VERSLAG_VASTSTELLEN, Set.of("voorzitter"));

    @Autowired
    MeetingService meetings;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    GremiumService gremia;
    MeetingTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MeetingTestSupport(userDetails, meetings, vraagstukken);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Arguments> stepPairs() {
        return AuthorizationMatrix.pairs(MeetingStep.class, USERS, ALLOWED);
    }

    @ParameterizedTest(name = "{1} {0}: allowed={2}")
    @MethodSource("stepPairs")
    void everyRoleTakesExactlyItsSteps(MeetingStep step, String user, boolean allowed) {
        Meeting m = meetingIn(step.from());
        support.actAs(user);
        if (allowed && step == MeetingStep.VERSLAG_VASTSTELLEN) {
            // the chair's step, taken only as a decision at a later meeting (minutesAreAdoptedAtALaterMeeting…)
            refused(() -> meetings.take(m.id(), step), "state", "meeting.minutes.adoptAtNextMeeting");
        } else if (allowed) {
            assertThat(meetings.take(m.id(), step).state()).isEqualTo(step.to());
        } else {
            assertThatThrownBy(() -> meetings.take(m.id(), step)).isInstanceOf(AccessDeniedException.class);
            support.actAs("voorzitter");
            assertThat(meetings.find(m.id()).orElseThrow().state()).isEqualTo(step.from());
        }
    }

    @Test
    void planningAndLeadingTheMeetingIsForChairAndProgrammeOfficeOnly() {
        Meeting m = support.running(support.scheduled("Matrix running"));
        long item = m.items().get(1).id();
        for (String user : List.of("lid-haz", "waarnemer", "beheerder")) {
            support.actAs(user);
            LocalDateTime start = MeetingTestSupport.freeDay();
            assertThatThrownBy(() -> meetings.plan(new NewMeeting(start, start.plusHours(1), "x")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.goTo(m.id(), item)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.recordDecision(m.id(), item, "x", null, DecisionOutcome.KENNISGENOMEN))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.addAction(m.id(), item, "x", "lid-haz", LocalDate.now().plusYears(4)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.setPresent(m.id(), "lid-haz", true)).isInstanceOf(AccessDeniedException.class);
        }
        support.actAs("waarnemer");
        assertThatThrownBy(() -> meetings.saveMinutes(m.id(), item, "x", 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void stepsOutOfOrderAreRefusedWithAMessage() {
        Meeting m = support.plan();
        support.actAs("voorzitter");
        assertThatThrownBy(() -> meetings.take(m.id(), MeetingStep.OPENEN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.step.invalid"));
        assertThatThrownBy(() -> meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.agenda.empty"));
    }

    @Test
    void badInputIsRefusedAtTheField() {
        support.actAs("programmabureau");
        LocalDateTime yesterday = LocalDateTime.now().minusDays(1);
        refused(() -> meetings.plan(new NewMeeting(yesterday, yesterday.plusHours(2), "Utrecht")), "startsAt", "meeting.startsAt.past");
        Meeting m = support.plan();
        refused(() -> meetings.plan(new NewMeeting(m.startsAt().plusHours(1), m.endsAt().plusHours(1), "Online")),
                "startsAt", "meeting.overlap");
        refused(() -> meetings.plan(new NewMeeting(m.endsAt().plusHours(3), m.endsAt().plusHours(2), "Online")),
                "endsAt", "meeting.endsAt.beforeStart");
        refused(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.SCORERONDE, " ", "Ronde 3", null, 15)),
                "reference", "meeting.item.linkRequired");
        refused(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.VRAAGSTUK, null, null, null, 15)),
                "reference", "meeting.item.linkRequired");
        support.actAs("lid-haz");
        Vraagstuk submitted = vraagstukken.submit(nl.tafelwerk.agenda.VraagstukDraft.of("Nog niet geagendeerd",
                nl.tafelwerk.agenda.VraagstukType.GENERIEKE_FUNCTIES, "HAZ"));
        support.actAs("programmabureau");
        refused(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.VRAAGSTUK, submitted.code(), null, null, 15)),
                "reference", "meeting.item.vraagstukNotScheduled");
        refused(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Opening", null, 0)),
                "plannedMinutes", "meeting.item.plannedMinutes.range");
        // the refusal reads as a refusal (its key once doubled as the plan's label, "0 min gepland")
        assertThatThrownBy(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Opening", null, 0)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(
                        nl.tafelwerk.shared.Texts.get(nl.tafelwerk.shared.Texts.DUTCH, e.messageKey(), e.arguments()))
                        .startsWith("Geef de geplande tijd in hele minuten"));

        Meeting running = support.running(support.scheduled("Bad input actions"));
        long item = running.items().getFirst().id();
        refused(() -> meetings.addAction(running.id(), item, "Notitie opstellen", " ", running.startsAt().toLocalDate().plusDays(7)),
                "owner", "meeting.action.ownerRequired");
        refused(() -> meetings.addAction(running.id(), item, "Notitie opstellen", "lid-msz", running.startsAt().toLocalDate().minusDays(1)),
                "dueDate", "meeting.action.dueBeforeMeeting");
    }

    @Test
    void aDecisionMovesTheVraagstukThroughItsLifecycleWithTheMeetingAsReasonAndLandsInTheMinutes() {
        Vraagstuk v = support.scheduled("Besluit in vergadering");
        Meeting m = support.running(v);
        long item = m.items().getFirst().id();
        meetings.recordDecision(m.id(), item, "Uitwerking door werkgroep Medicatie", null, DecisionOutcome.UITWERKING_STARTEN);

        assertThat(vraagstukken.find(v.code()).orElseThrow().status()).isEqualTo(VraagstukStatus.IN_UITWERKING);
        HistoryEntry step = vraagstukken.history(v.code()).getFirst();
        assertThat(step.actorId()).isEqualTo("voorzitter");
        assertThat(step.reason()).contains("Besluit tafelvergadering " + m.startsAt().toLocalDate())
                .contains("Uitwerking door werkgroep Medicatie");
        assertThat(meetings.decisions(m.id())).singleElement()
                .satisfies(d -> assertThat(d.vraagstukCode()).isEqualTo(v.code()));
        assertThat(meetings.minutesPrefill(m.id(), item)).contains("Besluit: Uitwerking door werkgroep Medicatie (" + v.code() + ")");
    }

    @Test
    void aDecisionTheAgendaRefusesChangesNothing() {
        Vraagstuk v = support.scheduled("Parkeren kan niet vanuit geagendeerd");
        Meeting m = support.running(v);
        long item = m.items().getFirst().id();
        assertThatThrownBy(() -> meetings.recordDecision(m.id(), item, "Parkeren", null, DecisionOutcome.PARKEREN))
                .isInstanceOf(DomainException.class);
        assertThat(vraagstukken.find(v.code()).orElseThrow().status()).isEqualTo(VraagstukStatus.GEAGENDEERD);
    }

    @Test
    void anItemOnAScenarioComparisonMustNameTwoToFourScenariosOfOneVraagstukAndShowsThemInMeetingMode() {
        Meeting m = support.plan();
        refused(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.SCENARIOVERGELIJKING, "SC-01, SC-99", null,
                null, 15)), "reference", "meeting.item.linkUnknown.SCENARIOVERGELIJKING");
        refused(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.SCENARIOVERGELIJKING, "SC-01", null,
                null, 15)), "reference", "meeting.item.linkUnknown.SCENARIOVERGELIJKING");
        refused(() -> meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.ADVIES, "ADV-1", "Advies", null, 15)),
                "reference", "meeting.item.linkUnknown.ADVIES");

        AgendaItem item = meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.SCENARIOVERGELIJKING, "sc-01, SC-02",
                null, "Voorzitter", 15));

        assertThat(item.title()).startsWith("Vergelijking SC-01, SC-02 (");
        MeetingLinkTargets.LinkTarget target = meetings.linkedContent(item).orElseThrow();
        assertThat(target.route()).isEqualTo("scenarios/vergelijk?s=SC-01&s=SC-02");
        assertThat(target.summary()).anySatisfy(line -> assertThat(line).startsWith("SC-01 · "))
                .anySatisfy(line -> assertThat(line).startsWith("SC-02 · "));
    }

    @Test
    void gremiumKiezenSetsTheVraagstuksGremiumThroughTheAgendaWithTheMeetingAsReason() {
        Vraagstuk v = support.scheduled("Gremium kiezen in vergadering");
        Meeting m = support.running(v);
        long item = m.items().getFirst().id();
        GremiumView chosen = gremia.all().getFirst();

        refused(() -> meetings.recordDecision(m.id(), item, "Naar het bestuurlijk overleg", null,
                DecisionOutcome.GREMIUM_KIEZEN, null), "gremiumCode", "meeting.decision.gremiumRequired");
        refused(() -> meetings.recordDecision(m.id(), item, "Naar het bestuurlijk overleg", null,
                DecisionOutcome.GREMIUM_KIEZEN, "GEEN-GREMIUM"), "gremiumCode", "meeting.decision.gremiumUnknown");
        Decision d = meetings.recordDecision(m.id(), item, "Naar het bestuurlijk overleg", null,
                DecisionOutcome.GREMIUM_KIEZEN, chosen.code());

        assertThat(d.gremiumCode()).isEqualTo(chosen.code());
        assertThat(vraagstukken.find(v.code()).orElseThrow().gremiumCode()).isEqualTo(chosen.code());
        HistoryEntry line = vraagstukken.history(v.code()).getFirst();
        assertThat(line.field()).isEqualTo("gremiumCode");
        assertThat(line.newValue()).isEqualTo(chosen.code());
        assertThat(line.actorId()).isEqualTo("voorzitter");
        assertThat(line.reason()).contains("Besluit tafelvergadering " + m.startsAt().toLocalDate())
                .contains("Naar het bestuurlijk overleg");
        assertThat(vraagstukken.find(v.code()).orElseThrow().status()).as("the status stays").isEqualTo(VraagstukStatus.GEAGENDEERD);
    }

    @Test
    void anActionAppearsOnItsOwnersListAndIsOverdueAfterItsDueDate() {
        Meeting m = support.running(support.scheduled("Actie voor MSZ"));
        long item = m.items().getFirst().id();
        MeetingAction action = meetings.addAction(m.id(), item, "Impactanalyse MSZ aanleveren", "lid-msz",
                m.startsAt().toLocalDate().plusDays(14));
        assertThat(action.ownerSector()).isEqualTo("MSZ");
        support.actAs("lid-msz");
        assertThat(meetings.myActions()).extracting(MeetingAction::id).contains(action.id());
        assertThat(action.overdue(m.startsAt().toLocalDate().plusDays(15))).isTrue();
        assertThat(action.overdue(m.startsAt().toLocalDate().plusDays(14))).isFalse();
        meetings.setActionStatus(action.id(), ActionStatus.BEZIG);
        support.actAs("lid-haz");
        assertThat(meetings.myActions()).extracting(MeetingAction::id).doesNotContain(action.id());
        assertThatThrownBy(() -> meetings.setActionStatus(action.id(), ActionStatus.AFGEROND))
                .isInstanceOf(AccessDeniedException.class);
        support.actAs("programmabureau");
        assertThat(meetings.openActionsBySector().get("MSZ")).extracting(MeetingAction::id).contains(action.id());
    }

    @Test
    void quorumCountsParticipatingSectorsWithAMemberPresentNotObservers() {
        Meeting m = support.plan();
        assertThat(meetings.quorum(m.id()).participatingSectors()).containsExactlyInAnyOrder("HAZ", "MSZ", "LZ");
        meetings.setPresent(m.id(), "lid-haz", true);
        meetings.setPresent(m.id(), "lid-msz", true);
        meetings.setPresent(m.id(), "waarnemer", true);
        meetings.setPresent(m.id(), "lid-vws", true);
        assertThat(meetings.quorum(m.id()).reached()).isFalse();
        assertThat(meetings.quorum(m.id()).missing()).containsExactly("LZ");
        meetings.setPresent(m.id(), "lid-lz", true);
        assertThat(meetings.quorum(m.id()).reached()).isTrue();
        meetings.setPresent(m.id(), "lid-lz", false);
        assertThat(meetings.quorum(m.id()).reached()).isFalse();
    }

    @Test
    void adoptedMinutesCannotBeChangedThroughAnyServiceMethod() {
        Vraagstuk v = support.scheduled("Verslag bevriezen");
        Meeting m = support.running(v);
        long item = m.items().getFirst().id();
        ItemMinutes saved = meetings.saveMinutes(m.id(), item, "De tafel bespreekt de notitie.", meetings.minutes(m.id(), item).version());
        meetings.take(m.id(), MeetingStep.SLUITEN);
        saved = meetings.saveMinutes(m.id(), item, "De tafel bespreekt de notitie en stemt in.", saved.version());
        support.nextMeetingAdopting(m);
        long version = saved.version();

        List<Consumer<Long>> changes = List.of(
                id -> meetings.saveMinutes(id, item, "Achteraf gewijzigd", version),
                id -> meetings.recordDecision(id, item, "Achteraf besloten", null, DecisionOutcome.KENNISGENOMEN),
                id -> meetings.addAction(id, item, "Achteraf actie", "lid-haz", LocalDate.now().plusYears(5)),
                id -> meetings.setPresent(id, "lid-lz", true),
                id -> meetings.goTo(id, item),
                id -> meetings.addItem(id, new NewAgendaItem(AgendaItemKind.OVERIG, null, "Extra", null, 5)),
                id -> meetings.removeItem(id, item));
        for (Consumer<Long> change : changes) {
            assertThatThrownBy(() -> change.accept(m.id())).isInstanceOf(DomainException.class);
        }
        for (MeetingStep step : MeetingStep.values()) {
            assertThatThrownBy(() -> meetings.take(m.id(), step)).isInstanceOf(
                    step.allowedFor(nl.tafelwerk.identity.Role.CHAIR) ? DomainException.class : AccessDeniedException.class);
        }
        ItemMinutes frozen = meetings.minutes(m.id(), item);
        assertThat(frozen.text()).isEqualTo("De tafel bespreekt de notitie en stemt in.");
        assertThat(frozen.frozen()).isTrue();
        assertThat(meetings.decisions(m.id())).isEmpty();
    }

    @Test
    void minutesAreAdoptedAtALaterMeetingAsADecisionThereAndThenFrozen() {
        Meeting m = support.running(support.scheduled("Verslag in volgende vergadering"));
        long item = m.items().getFirst().id();
        meetings.saveMinutes(m.id(), item, "Besproken.", meetings.minutes(m.id(), item).version());

        Meeting next = support.plan();
        refused(() -> meetings.addItem(next.id(), new NewAgendaItem(AgendaItemKind.VERSLAG, "999999", null, null, 5)),
                "reference", "meeting.item.minutesMeetingUnknown");
        Meeting later = support.plan();
        refused(() -> meetings.addItem(next.id(), new NewAgendaItem(AgendaItemKind.VERSLAG, String.valueOf(later.id()),
                null, null, 5)), "reference", "meeting.item.minutesMeetingUnknown");
        AgendaItem adopt = meetings.addItem(next.id(), new NewAgendaItem(AgendaItemKind.VERSLAG, null, null, "Voorzitter", 5));
        assertThat(adopt.reference()).as("empty: the meeting before").isEqualTo(String.valueOf(m.id()));
        assertThat(adopt.title()).startsWith("Verslag vergadering ").endsWith(" vaststellen");
        assertThat(adopt.route()).isEqualTo("vergaderingen/" + m.id() + "/verslag");
        AgendaItem other = meetings.addItem(next.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Rondvraag", null, 5));
        meetings.take(next.id(), MeetingStep.AGENDA_VASTSTELLEN);
        meetings.take(next.id(), MeetingStep.STUKKEN_VERZENDEN);
        support.actAs("voorzitter");
        meetings.take(next.id(), MeetingStep.OPENEN);

        refused(() -> meetings.recordDecision(next.id(), adopt.id(), null, null, DecisionOutcome.VERSLAG_VASTSTELLEN),
                "outcome", "meeting.decision.minutesNotClosed");
        meetings.take(m.id(), MeetingStep.SLUITEN);
        refused(() -> meetings.take(m.id(), MeetingStep.VERSLAG_VASTSTELLEN), "state", "meeting.minutes.adoptAtNextMeeting");
        refused(() -> meetings.recordDecision(next.id(), other.id(), null, null, DecisionOutcome.VERSLAG_VASTSTELLEN),
                "outcome", "meeting.decision.minutesItemRequired");
        support.actAs("programmabureau");
        assertThatThrownBy(() -> meetings.recordDecision(next.id(), adopt.id(), null, null, DecisionOutcome.VERSLAG_VASTSTELLEN))
                .as("adopting is the chair's").isInstanceOf(AccessDeniedException.class);
        support.actAs("voorzitter");

        Decision d = meetings.recordDecision(next.id(), adopt.id(), null, null, DecisionOutcome.VERSLAG_VASTSTELLEN);

        assertThat(d.text()).isEqualTo("Verslag vorige vergadering vastgesteld");
        assertThat(meetings.decisions(next.id())).extracting(Decision::outcome).containsExactly(DecisionOutcome.VERSLAG_VASTSTELLEN);
        Meeting adopted = meetings.find(m.id()).orElseThrow();
        assertThat(adopted.state()).isEqualTo(MeetingState.VERSLAG_VASTGESTELD);
        assertThat(adopted.minutesAdoptedIn()).isEqualTo(next.id());
        assertThat(meetings.minutes(m.id(), item).frozen()).isTrue();
        assertThatThrownBy(() -> meetings.saveMinutes(m.id(), item, "Achteraf", meetings.minutes(m.id(), item).version()))
                .isInstanceOf(DomainException.class);
        refused(() -> meetings.recordDecision(next.id(), adopt.id(), null, null, DecisionOutcome.VERSLAG_VASTSTELLEN),
                "outcome", "meeting.item.minutesAlreadyAdopted");
    }

    @Test
    void theTimerCountsTheTimeSpentOnTheItemTheChairLeaves() throws Exception {
        Meeting m = support.running(support.scheduled("Timer"));
        long first = m.items().get(0).id();
        long second = m.items().get(1).id();
        assertThat(m.currentItemId()).isEqualTo(first);
        Thread.sleep(1100);
        Meeting moved = meetings.goTo(m.id(), second);
        assertThat(moved.currentItemId()).isEqualTo(second);
        assertThat(moved.item(first).orElseThrow().usedSeconds()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theAgendaIsBuiltFromTheVoorraadagenda() {
        Vraagstuk v = support.scheduled("Van de voorraadagenda");
        Meeting m = support.plan();
        assertThat(meetings.voorraadagendaCandidates(m.id())).extracting(MeetingVraagstukken.LinkedVraagstuk::code).contains(v.code());
        List<AgendaItem> added = meetings.addFromVoorraadagenda(m.id(), 15);
        assertThat(added).extracting(AgendaItem::reference).contains(v.code());
        assertThat(added).filteredOn(i -> v.code().equals(i.reference())).singleElement()
                .satisfies(i -> assertThat(i.route()).isEqualTo("voorraadagenda/" + v.code()));
        assertThat(meetings.voorraadagendaCandidates(m.id())).isEmpty();
    }

    private Meeting meetingIn(MeetingState state) {
        Meeting m = support.plan();
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Opening", "Voorzitter", 5));
        for (MeetingStep step : MeetingStep.values()) {
            if (m.state() == state) {
                break;
            }
            support.actAs(step.allowedFor(nl.tafelwerk.identity.Role.CHAIR) ? "voorzitter" : "programmabureau");
            m = meetings.take(m.id(), step);
        }
        return m;
    }

    private static void refused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
