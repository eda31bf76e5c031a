package nl.tafelwerk.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Participation;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.meetings.internal.ActionEntity;
import nl.tafelwerk.meetings.internal.ActionRepository;
import nl.tafelwerk.meetings.internal.AgendaItemEntity;
import nl.tafelwerk.meetings.internal.AgendaItemRepository;
import nl.tafelwerk.meetings.internal.AttendanceEntity;
import nl.tafelwerk.meetings.internal.AttendanceRepository;
import nl.tafelwerk.meetings.internal.DecisionEntity;
import nl.tafelwerk.meetings.internal.DecisionRepository;
import nl.tafelwerk.meetings.internal.MeetingEntity;
import nl.tafelwerk.meetings.internal.MeetingRepository;
import nl.tafelwerk.shared.ControlCharacters;
import nl.tafelwerk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table meetings (issue 13, DOMAIN.md §7): the programme office plans them and builds the agenda from
 * the voorraadagenda; the chair opens, runs and closes them and adopts the minutes. Decisions that move
 * a vraagstuk go through the agenda's lifecycle with the meeting as the reason. Once the minutes are
 * adopted, no method changes anything of the meeting any more.
 */
@Service
public class MeetingService {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl", "NL"));
    public static final int TEXT_MAX = 2000;
    public static final int TITLE_MAX = 300;
    public static final int PLACE_MAX = 300;
    public static final int MINUTES_MAX = 20_000;
    public static final int PLANNED_MAX = 240;
    static final String PREPARERS = "hasAnyRole('SECRETARIAT', 'CHAIR')";

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final DecisionRepository decisions;
    private final ActionRepository actions;
    private final AttendanceRepository attendance;
    private final MeetingVraagstukken vraagstukken;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final SectorService sectors;
    private final GremiumService gremia;
    private final List<MeetingLinkTargets> linkTargets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, AgendaItemRepository items, DecisionRepository decisions,
                   ActionRepository actions, AttendanceRepository attendance, MeetingVraagstukken vraagstukken,
                   CurrentUser currentUser, UserDirectory users, SectorService sectors, GremiumService gremia,
                   List<MeetingLinkTargets> linkTargets, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.items = items;
        this.decisions = decisions;
        this.actions = actions;
        this.attendance = attendance;
        this.vraagstukken = vraagstukken;
        this.currentUser = currentUser;
        this.users = users;
        this.sectors = sectors;
        this.gremia = gremia;
        this.linkTargets = List.copyOf(linkTargets);
        this.events = events;
        this.clock = Clock.system(ZONE);
    }

    /** Published after a step, e.g. to notify members that the agenda is fixed or the papers are sent. */
    public record MeetingStepTaken(long meetingId, MeetingStep step, String by) {
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Meeting> all() {
        return meetings.findAllByOrderByStartsAtAsc().stream().map(this::toMeeting).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Meeting> find(long id) {
        return meetings.findById(id).map(this::toMeeting);
    }

    /** The first meeting that has not ended yet (a running one first), for the start page. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Meeting> next() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<MeetingEntity> all = meetings.findAllByOrderByStartsAtAsc();
        return all.stream().filter(m -> m.getState() == MeetingState.LOPEND).findFirst()
                .or(() -> all.stream().filter(m -> m.getState().compareTo(MeetingState.LOPEND) < 0
                        && m.getEndsAt().isAfter(now)).findFirst())
                .map(this::toMeeting);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Decision> decisions(long meetingId) {
        return decisions.findByMeetingIdOrderByIdAsc(meetingId).stream().map(DecisionEntity::toDecision).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingAction> actions(long meetingId) {
        return actions.findByMeetingIdOrderByIdAsc(meetingId).stream().map(ActionEntity::toAction).toList();
    }

    /** "Mijn acties": the caller's actions, earliest due first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingAction> myActions() {
        return currentUser.get().map(user -> actions.findByOwnerUsernameOrderByDueDateAscIdAsc(user.username()).stream()
                .map(ActionEntity::toAction).toList()).orElse(List.of());
    }

    /** The secretariat's overview: open actions per sector of their owner ("" for owners without a sector). */
    @Transactional(readOnly = true)
    @PreAuthorize(PREPARERS)
    public Map<String, List<MeetingAction>> openActionsBySector() {
        Map<String, List<MeetingAction>> bySector = new LinkedHashMap<>();
        actions.findByStatusNotOrderByDueDateAscIdAsc(ActionStatus.AFGEROND).stream().map(ActionEntity::toAction)
                .sorted(Comparator.comparing((MeetingAction a) -> a.ownerSector() == null ? "" : a.ownerSector()))
                .forEach(a -> bySector.computeIfAbsent(a.ownerSector() == null ? "" : a.ownerSector(),
                        k -> new ArrayList<>()).add(a));
        return bySector;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Attendance> attendance(long meetingId) {
        load(meetingId);
        return attendance.findByMeetingIdOrderByDisplayNameAsc(meetingId).stream()
                .map(AttendanceEntity::toAttendance).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Quorum quorum(long meetingId) {
        List<String> participating = sectors.all().stream()
                .filter(s -> s.participation() == Participation.DEELNEMEND).map(SectorView::code).toList();
        Set<String> present = new TreeSet<>();
        for (AttendanceEntity a : attendance.findByMeetingIdOrderByDisplayNameAsc(meetingId)) {
            Attendance seen = a.toAttendance();
            if (seen.present() && seen.role() == Role.MEMBER && seen.sectorCode() != null) {
                present.add(seen.sectorCode());
            }
        }
        return new Quorum(participating, List.copyOf(present));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ItemMinutes minutes(long meetingId, long itemId) {
        MeetingEntity meeting = load(meetingId);
        return loadItem(meeting, itemId).toMinutes(meeting.getState().isFrozen());
    }

    /**
     * What the minutes editor of an item starts from before anyone wrote: the decisions and actions of
     * that item, one per line.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String minutesPrefill(long meetingId, long itemId) {
        StringBuilder text = new StringBuilder();
        for (Decision d : decisions(meetingId)) {
            if (d.itemId() == itemId) {
                text.append("Besluit: ").append(d.text());
                if (d.vraagstukCode() != null) {
                    text.append(" (").append(d.vraagstukCode()).append(')');
                }
                text.append('\n');
            }
        }
        for (MeetingAction a : actions(meetingId)) {
            if (a.itemId() == itemId) {
                text.append("Actie: ").append(a.description()).append(" — ").append(a.ownerName())
                        .append(", uiterlijk ").append(a.dueDate()).append('\n');
            }
        }
        return text.toString();
    }

    /** Vraagstukken in status geagendeerd that are not yet on this meeting's agenda. */
    @Transactional(readOnly = true)
    @PreAuthorize(PREPARERS)
    public List<MeetingVraagstukken.LinkedVraagstuk> voorraadagendaCandidates(long meetingId) {
        Set<String> onAgenda = items.findByMeetingIdOrderByPositionAsc(meetingId).stream()
                .filter(i -> i.getKind() == AgendaItemKind.VRAAGSTUK).map(AgendaItemEntity::getReference)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return vraagstukken.scheduled().stream().filter(v -> !onAgenda.contains(v.code())).toList();
    }

    /**
     * What an agenda item links, as its owning feature describes it now (title, where it opens, a short
     * summary for meeting mode); empty for items that link nothing, or when the linked thing is gone.
     * Not one transaction: a refusal inside the owning feature must not spoil the caller's.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<MeetingLinkTargets.LinkTarget> linkedContent(AgendaItem item) {
        String reference = item.reference();
        if (reference == null || item.kind() == AgendaItemKind.VRAAGSTUK) {
            return Optional.empty();
        }
        try {
            return targetOf(item.kind(), reference);
        } catch (DomainException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private Optional<MeetingLinkTargets.LinkTarget> targetOf(AgendaItemKind kind, String reference) {
        return linkTargets.stream().filter(t -> t.kind() == kind).findFirst().flatMap(t -> t.find(reference));
    }

    // ---------------------------------------------------------------- what the caller may do (views; mutations check again)

    public boolean mayPrepare() {
        return currentUser.get().map(u -> u.hasAnyRole(Role.SECRETARIAT, Role.CHAIR)).orElse(false);
    }

    public boolean mayLead() {
        return mayPrepare();
    }

    public boolean mayTake(MeetingStep step, Meeting meeting) {
        return step != MeetingStep.VERSLAG_VASTSTELLEN && meeting.state() == step.from() && currentUser.get().map(u -> step.allowedFor(u.role())).orElse(false);
    }

    public boolean mayWriteMinutes(Meeting meeting) {
        return !meeting.state().isFrozen() && meeting.state().compareTo(MeetingState.LOPEND) >= 0
                && currentUser.get().map(u -> u.hasAnyRole(Role.SECRETARIAT, Role.CHAIR, Role.MEMBER)).orElse(false);
    }

    // ---------------------------------------------------------------- planning

    @Transactional
    @PreAuthorize(PREPARERS)
    public Meeting plan(NewMeeting input) {
        AuthenticatedUser user = currentUser.require();
        String place = required("place", input.place(), PLACE_MAX);
        if (input.startsAt() == null) {
            throw new DomainException("startsAt", "validation.required");
        }
        if (input.endsAt() == null) {
            throw new DomainException("endsAt", "validation.required");
        }
        LocalDateTime startsAt = input.startsAt().truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime endsAt = input.endsAt().truncatedTo(ChronoUnit.MINUTES);
        if (startsAt.isBefore(LocalDateTime.now(clock))) {
            throw new DomainException("startsAt", "meeting.startsAt.past");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new DomainException("endsAt", "meeting.endsAt.beforeStart");
        }
        List<MeetingEntity> overlapping = meetings.findByStartsAtLessThanAndEndsAtGreaterThan(endsAt, startsAt);
        if (!overlapping.isEmpty()) {
            MeetingEntity other = overlapping.getFirst();
            throw new DomainException("startsAt", "meeting.overlap", other.getStartsAt().toLocalDate().toString(),
                    other.getStartsAt().toLocalTime().toString(), other.getEndsAt().toLocalTime().toString());
        }
        MeetingEntity entity = new MeetingEntity(startsAt, endsAt, place);
        entity.touch(now(), user.displayName());
        MeetingEntity saved = meetings.saveAndFlush(entity);
        for (AuthenticatedUser person : users.active()) {
            if (person.role() != Role.ADMIN) {
                attendance.save(new AttendanceEntity(saved.id(), person.username(), person.displayName(), person.role(),
                        person.sectorCode()));
            }
        }
        return toMeeting(saved);
    }

    @Transactional
    @PreAuthorize(PREPARERS)
    public AgendaItem addItem(long meetingId, NewAgendaItem input) {
        AuthenticatedUser user = currentUser.require();
        MeetingEntity meeting = load(meetingId);
        if (meeting.getState() != MeetingState.GEPLAND) {
            throw new DomainException("meeting.agenda.fixed");
        }
        if (input.kind() == null) {
            throw new DomainException("kind", "validation.required");
        }
        String reference = blankToNull(input.reference());
        String title = blankToNull(input.title());
        if (input.kind().linkRequired() && reference == null) {
            throw new DomainException("reference", "meeting.item.linkRequired");
        }
        if (input.kind() == AgendaItemKind.VRAAGSTUK) {
            String code = Objects.requireNonNull(reference);
            MeetingVraagstukken.LinkedVraagstuk linked = vraagstukken.find(code)
                    .orElseThrow(() -> new DomainException("reference", "meeting.item.vraagstukUnknown", code));
            if (!"GEAGENDEERD".equals(linked.status())) {
                throw new DomainException("reference", "meeting.item.vraagstukNotScheduled", code);
            }
            if (title == null) {
                title = linked.code() + " · " + linked.title();
            }
        } else if (input.kind() == AgendaItemKind.VERSLAG) {
            MeetingEntity earlier = minutesToAdopt(meeting, reference);
            reference = String.valueOf(earlier.id());
            if (title == null) {
                title = "Verslag vergadering " + DAY.format(earlier.getStartsAt()) + " vaststellen";
            }
        } else if (input.kind().linkRequired()) {
            String ref = Objects.requireNonNull(reference);
            String unknown = "meeting.item.linkUnknown." + input.kind().name();
            MeetingLinkTargets.LinkTarget target = targetOf(input.kind(), ref)
                    .orElseThrow(() -> new DomainException("reference", unknown, ref));
            if (title == null) {
                title = target.title();
            }
        }
        String cleanTitle = required("title", title, TITLE_MAX);
        String presenter = optional("presenter", input.presenter(), 150);
        if (reference != null) {
            ControlCharacters.check("reference", reference).ifPresent(e -> {
                throw e;
            });
            if (reference.length() > 100) {
                throw new DomainException("reference", "validation.tooLong", 100);
            }
        }
        if (input.plannedMinutes() < 1 || input.plannedMinutes() > PLANNED_MAX) {
            throw new DomainException("plannedMinutes", "meeting.item.plannedMinutes.range", PLANNED_MAX);
        }
        int position = items.findByMeetingIdOrderByPositionAsc(meetingId).size() + 1;
        AgendaItemEntity saved = items.saveAndFlush(new AgendaItemEntity(meetingId, position, input.kind(), reference,
                cleanTitle, presenter, input.plannedMinutes()));
        meeting.touch(now(), user.displayName());
        return saved.toItem();
    }

    /**
     * The earlier meeting whose minutes an item of {@code meeting} adopts: the one {@code reference} numbers,
     * or the latest meeting before it when none is given.
     */
    private MeetingEntity minutesToAdopt(MeetingEntity meeting, @Nullable String reference) {
        MeetingEntity earlier;
        if (reference == null) {
            earlier = meetings.findAllByOrderByStartsAtAsc().stream()
                    .filter(m -> m.getStartsAt().isBefore(meeting.getStartsAt()))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new DomainException("reference", "meeting.item.noPreviousMeeting"));
        } else {
            long id;
            try {
                id = Long.parseLong(reference.strip());
            } catch (NumberFormatException e) {
                throw new DomainException("reference", "meeting.item.minutesMeetingUnknown", reference);
            }
            earlier = meetings.findById(id).filter(m -> m.getStartsAt().isBefore(meeting.getStartsAt()))
                    .orElseThrow(() -> new DomainException("reference", "meeting.item.minutesMeetingUnknown", reference));
        }
        if (earlier.getState().isFrozen()) {
            throw new DomainException("reference", "meeting.item.minutesAlreadyAdopted", DAY.format(earlier.getStartsAt()));
        }
        return earlier;
    }

    /** Adds every scheduled vraagstuk not yet on the agenda, each with {@code plannedMinutes}. */
    @Transactional
    @PreAuthorize(PREPARERS)
    public List<AgendaItem> addFromVoorraadagenda(long meetingId, int plannedMinutes) {
        List<AgendaItem> added = new ArrayList<>();
        for (MeetingVraagstukken.LinkedVraagstuk v : voorraadagendaCandidates(meetingId)) {
            added.add(addItem(meetingId, new NewAgendaItem(AgendaItemKind.VRAAGSTUK, v.code(), null, null, plannedMinutes)));
        }
        return added;
    }

    @Transactional
    @PreAuthorize(PREPARERS)
    public void removeItem(long meetingId, long itemId) {
        MeetingEntity meeting = load(meetingId);
        if (meeting.getState() != MeetingState.GEPLAND) {
            throw new DomainException("meeting.agenda.fixed");
        }
        items.delete(loadItem(meeting, itemId));
        int position = 1;
        for (AgendaItemEntity item : items.findByMeetingIdOrderByPositionAsc(meetingId)) {
            item.setPosition(position++);
        }
    }

    /** Takes a step of the meeting's life; refused when not possible now or not this person's. */
    @Transactional
    @PreAuthorize(PREPARERS)
    public Meeting take(long meetingId, MeetingStep step) {
        AuthenticatedUser user = currentUser.require();
        if (!step.allowedFor(user.role())) {
            throw new AccessDeniedException(user.username() + " may not " + step);
        }
        MeetingEntity meeting = load(meetingId);
        if (meeting.getState() != step.from()) {
            throw new DomainException("state", "meeting.step.invalid", meeting.getState().name(), step.name());
        }
        List<AgendaItemEntity> agenda = items.findByMeetingIdOrderByPositionAsc(meetingId);
        Instant now = now();
        switch (step) {
            case AGENDA_VASTSTELLEN -> {
                if (agenda.isEmpty()) {
                    throw new DomainException("meeting.agenda.empty");
                }
            }
            case OPENEN -> meeting.setCurrentItem(agenda.getFirst().id(), now);
            case SLUITEN -> {
                leaveCurrentItem(meeting, agenda, now);
                meeting.setCurrentItem(null, null);
            }
            // the table adopts minutes at its next meeting, as a decision there (recordDecision, VERSLAG_VASTSTELLEN)
            case VERSLAG_VASTSTELLEN -> throw new DomainException("state", "meeting.minutes.adoptAtNextMeeting");
            default -> {
            }
        }
        meeting.setState(step.to());
        meeting.touch(now, user.displayName());
        MeetingEntity saved = meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingStepTaken(meetingId, step, user.displayName()));
        return toMeeting(saved);
    }

    // ---------------------------------------------------------------- running

    /** The chair moves the meeting to another item; the time spent on the item left is added to its count. */
    @Transactional
    @PreAuthorize(PREPARERS)
    public Meeting goTo(long meetingId, long itemId) {
        AuthenticatedUser user = currentUser.require();
        MeetingEntity meeting = load(meetingId);
        requireRunning(meeting);
        loadItem(meeting, itemId);
        if (Objects.equals(meeting.getCurrentItemId(), itemId)) {
            return toMeeting(meeting);
        }
        Instant now = now();
        leaveCurrentItem(meeting, items.findByMeetingIdOrderByPositionAsc(meetingId), now);
        meeting.setCurrentItem(itemId, now);
        meeting.touch(now, user.displayName());
        return toMeeting(meetings.saveAndFlush(meeting));
    }

    private void leaveCurrentItem(MeetingEntity meeting, List<AgendaItemEntity> agenda, Instant now) {
        Long current = meeting.getCurrentItemId();
        Instant since = meeting.getCurrentItemSince();
        if (current == null || since == null) {
            return;
        }
        agenda.stream().filter(i -> i.id() == current).findFirst()
                .ifPresent(i -> i.addUsedSeconds(now.getEpochSecond() - since.getEpochSecond()));
    }

    @Transactional
    @PreAuthorize(PREPARERS)
    public Decision recordDecision(long meetingId, long itemId, @Nullable String text, @Nullable String vraagstukCode,
                                   @Nullable DecisionOutcome outcome) {
        return recordDecision(meetingId, itemId, text, vraagstukCode, outcome, null);
    }

    /**
     * Records a decision; {@code gremiumCode} is the gremium chosen with outcome GREMIUM_KIEZEN (one of the
     * table profile's gremia), set on the vraagstuk through the agenda with the meeting as the reason.
     */
    @Transactional
    @PreAuthorize(PREPARERS)
    public Decision recordDecision(long meetingId, long itemId, @Nullable String text, @Nullable String vraagstukCode,
                                   @Nullable DecisionOutcome outcome, @Nullable String gremiumCode) {
        AuthenticatedUser user = currentUser.require();
        MeetingEntity meeting = load(meetingId);
        requireRunning(meeting);
        AgendaItemEntity item = loadItem(meeting, itemId);
        String clean = required("text", outcome == DecisionOutcome.VERSLAG_VASTSTELLEN && blankToNull(text) == null
                ? "Verslag vorige vergadering vastgesteld" : text, TEXT_MAX);
        if (outcome == null) {
            throw new DomainException("outcome", "validation.required");
        }
        String code = blankToNull(vraagstukCode);
        if (code == null && item.getKind() == AgendaItemKind.VRAAGSTUK) {
            code = item.getReference();
        }
        String gremium = null;
        if (outcome == DecisionOutcome.VERSLAG_VASTSTELLEN) {
            adoptMinutesOf(meeting, item, user);
        } else if (outcome == DecisionOutcome.GREMIUM_KIEZEN) {
            if (code == null) {
                throw new DomainException("vraagstukCode", "meeting.decision.vraagstukRequired");
            }
            String chosen = blankToNull(gremiumCode);
            if (chosen == null) {
                throw new DomainException("gremiumCode", "meeting.decision.gremiumRequired");
            }
            if (gremia.all().stream().noneMatch(g -> g.code().equals(chosen))) {
                throw new DomainException("gremiumCode", "meeting.decision.gremiumUnknown", chosen);
            }
            String vraagstuk = code;
            vraagstukken.find(vraagstuk)
                    .orElseThrow(() -> new DomainException("vraagstukCode", "meeting.item.vraagstukUnknown", vraagstuk));
            vraagstukken.assignGremium(vraagstuk, chosen, reason(meeting, clean));
            gremium = chosen;
        } else if (outcome.lifecycleStep() != null) {
            if (code == null) {
                throw new DomainException("vraagstukCode", "meeting.decision.vraagstukRequired");
            }
            vraagstukken.takeStep(code, outcome.lifecycleStep(), reason(meeting, clean));
        } else if (code != null && vraagstukken.find(code).isEmpty()) {
            throw new DomainException("vraagstukCode", "meeting.item.vraagstukUnknown", code);
        }
        return decisions.saveAndFlush(new DecisionEntity(meetingId, itemId, clean, code, outcome, now(),
                user.displayName()).withGremium(gremium)).toDecision();
    }

    /** "Verslag vorige vergadering vastgesteld": the chair adopts the earlier meeting's minutes, which freezes them. */
    private void adoptMinutesOf(MeetingEntity meeting, AgendaItemEntity item, AuthenticatedUser user) {
        if (item.getKind() != AgendaItemKind.VERSLAG || item.getReference() == null) {
            throw new DomainException("outcome", "meeting.decision.minutesItemRequired");
        }
        if (user.role() != Role.CHAIR) {
            throw new AccessDeniedException(user.username() + " may not adopt minutes; the chair does");
        }
        MeetingEntity earlier = load(Long.parseLong(item.getReference()));
        if (earlier.getState().isFrozen()) {
            throw new DomainException("outcome", "meeting.item.minutesAlreadyAdopted", DAY.format(earlier.getStartsAt()));
        }
        if (earlier.getState() != MeetingState.AFGEROND) {
            throw new DomainException("outcome", "meeting.decision.minutesNotClosed", DAY.format(earlier.getStartsAt()));
        }
        Instant now = now();
        earlier.setState(MeetingState.VERSLAG_VASTGESTELD);
        earlier.adoptMinutes(now, user.displayName(), meeting.id());
        earlier.touch(now, user.displayName());
        meetings.saveAndFlush(earlier);
        events.publishEvent(new MeetingStepTaken(earlier.id(), MeetingStep.VERSLAG_VASTSTELLEN, user.displayName()));
    }

    private static String reason(MeetingEntity meeting, String decision) {
        String prefix = "Besluit tafelvergadering " + meeting.getStartsAt().toLocalDate() + ": ";
        String text = prefix + decision;
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }

    @Transactional
    @PreAuthorize(PREPARERS)
    public MeetingAction addAction(long meetingId, long itemId, @Nullable String description,
                                   @Nullable String ownerUsername, @Nullable LocalDate dueDate) {
        currentUser.require();
        MeetingEntity meeting = load(meetingId);
        requireRunning(meeting);
        loadItem(meeting, itemId);
        String clean = required("description", description, 1000);
        String owner = blankToNull(ownerUsername);
        if (owner == null) {
            throw new DomainException("owner", "meeting.action.ownerRequired");
        }
        AuthenticatedUser person = users.findActive(owner)
                .orElseThrow(() -> new DomainException("owner", "meeting.action.ownerUnknown", owner));
        if (dueDate == null) {
            throw new DomainException("dueDate", "validation.required");
        }
        if (dueDate.isBefore(meeting.getStartsAt().toLocalDate())) {
            throw new DomainException("dueDate", "meeting.action.dueBeforeMeeting",
                    meeting.getStartsAt().toLocalDate().toString());
        }
        return actions.saveAndFlush(new ActionEntity(meetingId, itemId, clean, person.username(), person.displayName(),
                person.sectorCode(), dueDate)).toAction();
    }

    /** The owner, the chair or the programme office moves an action on; this is follow-up, allowed after adoption too. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MeetingAction setActionStatus(long actionId, ActionStatus status) {
        AuthenticatedUser user = currentUser.require();
        ActionEntity action = actions.findById(actionId)
                .orElseThrow(() -> new DomainException("meeting.action.unknown", actionId));
        if (!user.username().equals(action.getOwnerUsername()) && !user.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)) {
            throw new AccessDeniedException(user.username() + " does not own action " + actionId);
        }
        action.setStatus(status);
        return actions.saveAndFlush(action).toAction();
    }

    @Transactional
    @PreAuthorize(PREPARERS)
    public Attendance setPresent(long meetingId, String username, boolean present) {
        MeetingEntity meeting = load(meetingId);
        requireNotFrozen(meeting);
        AttendanceEntity entry = attendance.findByMeetingIdAndUsername(meetingId, username).orElseGet(() -> {
            AuthenticatedUser person = users.findActive(username)
                    .orElseThrow(() -> new DomainException("username", "meeting.action.ownerUnknown", username));
            return attendance.save(new AttendanceEntity(meetingId, person.username(), person.displayName(),
                    person.role(), person.sectorCode()));
        });
        entry.setPresent(present);
        return attendance.saveAndFlush(entry).toAttendance();
    }

    /** Saves an item's minutes text if nobody saved since {@code baseVersion}; refused once the minutes are adopted. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CHAIR', 'MEMBER')")
    public ItemMinutes saveMinutes(long meetingId, long itemId, @Nullable String text, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        MeetingEntity meeting = load(meetingId);
        requireNotFrozen(meeting);
        if (meeting.getState().compareTo(MeetingState.LOPEND) < 0) {
            throw new DomainException("meeting.minutes.notStarted");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MINUTES_MAX) {
            throw new DomainException("text", "validation.tooLong", MINUTES_MAX);
        }
        ControlCharacters.check("text", clean.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '))
                .ifPresent(e -> {
                    throw e;
                });
        AgendaItemEntity item = loadItem(meeting, itemId);
        if (item.getVersion() != baseVersion) {
            throw new MinutesConflictException(item.toMinutes(false));
        }
        item.setMinutes(clean, now(), user.displayName());
        try {
            return items.saveAndFlush(item).toMinutes(false);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new MinutesConflictException(items.findById(itemId).orElseThrow().toMinutes(false));
        }
    }

    // ---------------------------------------------------------------- helpers

    private MeetingEntity load(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new DomainException("meeting.unknown", meetingId));
    }

    private AgendaItemEntity loadItem(MeetingEntity meeting, long itemId) {
        return items.findById(itemId).filter(i -> i.getMeetingId() == meeting.id())
                .orElseThrow(() -> new DomainException("meeting.item.unknown", itemId));
    }

    private static void requireNotFrozen(MeetingEntity meeting) {
        if (meeting.getState().isFrozen()) {
            throw new DomainException("meeting.minutes.frozen");
        }
    }

    private static void requireRunning(MeetingEntity meeting) {
        requireNotFrozen(meeting);
        if (meeting.getState() != MeetingState.LOPEND) {
            throw new DomainException("state", "meeting.notRunning");
        }
    }

    private Meeting toMeeting(MeetingEntity entity) {
        return entity.toMeeting(items.findByMeetingIdOrderByPositionAsc(entity.id()).stream()
                .map(AgendaItemEntity::toItem).toList());
    }

    private static String required(String field, @Nullable String value, int max) {
        String clean = blankToNull(value);
        if (clean == null) {
            throw new DomainException(field, "validation.required");
        }
        if (clean.length() > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        ControlCharacters.check(field, clean).ifPresent(e -> {
            throw e;
        });
        return clean;
    }

    private static @Nullable String optional(String field, @Nullable String value, int max) {
        String clean = blankToNull(value);
        return clean == null ? null : required(field, clean, max);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
