package nl.tafelwerk.advice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tafelwerk.advice.internal.AdviceEntity;
import nl.tafelwerk.advice.internal.AdviceHistoryEntity;
import nl.tafelwerk.advice.internal.AdviceHistoryRepository;
import nl.tafelwerk.advice.internal.AdviceRepository;
import nl.tafelwerk.advice.internal.AdviceSources;
import nl.tafelwerk.advice.internal.AdviceVersionEntity;
import nl.tafelwerk.advice.internal.AdviceVersionRepository;
import nl.tafelwerk.advice.internal.PositionEntity;
import nl.tafelwerk.advice.internal.PositionRepository;
import nl.tafelwerk.advice.internal.Snapshots;
import nl.tafelwerk.advice.internal.SuggestionEntity;
import nl.tafelwerk.advice.internal.SuggestionRepository;
import nl.tafelwerk.advice.internal.WordDiff;
import nl.tafelwerk.agenda.LifecycleAction;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Participation;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.ControlCharacters;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.FieldChange;
import nl.tafelwerk.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advice of a vraagstuk (issue 14, DD040–DD042). Everyone logged in reads. Chair and programmabureau create it
 * and take the lifecycle steps, except vaststellen, which is the chair's alone. In Concept chair, programmabureau and
 * the members of sectors at the table write the sections; in Ter consultatie only chair and programmabureau write,
 * members suggest. Only the chair accepts or rejects suggestions. Only a member of a participating sector sets that
 * sector's position, during Ter consultatie. From Vastgesteld on nothing changes the texts, positions or versions:
 * a new version is started with a reason. Every step moves the vraagstuk through the agenda service.
 */
@Service
public class AdviceService {

    static final String STAFF = "hasAnyRole('CHAIR', 'SECRETARIAT')";
    static final String WRITERS = "hasAnyRole('CHAIR', 'SECRETARIAT', 'MEMBER')";

    private final AdviceRepository advices;
    private final AdviceVersionRepository versions;
    private final PositionRepository positions;
    private final SuggestionRepository suggestions;
    private final AdviceHistoryRepository history;
    private final AdviceSources sources;
    private final VraagstukService vraagstukken;
    private final SectorService sectors;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    AdviceService(AdviceRepository advices, AdviceVersionRepository versions, PositionRepository positions,
                  SuggestionRepository suggestions, AdviceHistoryRepository history, AdviceSources sources,
                  VraagstukService vraagstukken, SectorService sectors, CurrentUser currentUser) {
        this.advices = advices;
        this.versions = versions;
        this.positions = positions;
        this.suggestions = suggestions;
        this.history = history;
        this.sources = sources;
        this.vraagstukken = vraagstukken;
        this.sectors = sectors;
        this.currentUser = currentUser;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdviceListItem> all() {
        int participating = participatingSectors().size();
        List<AdviceListItem> items = new ArrayList<>();
        for (AdviceEntity e : advices.findAllByOrderByUpdatedAtDesc()) {
            int taken = positions.findByAdviceIdOrderBySectorCodeAsc(e.getId()).size();
            items.add(new AdviceListItem(e.getId(), e.getVraagstukCode(), title(e.getVraagstukCode()), e.getStatus(),
                    e.getVersionNumber(), taken, participating, e.toAdvice("").updatedAt(), e.toAdvice("").updatedBy()));
        }
        return items;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Advice> find(long id) {
        return advices.findById(id).map(this::toAdvice);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Advice> ofVraagstuk(String vraagstukCode) {
        return advices.findByVraagstukCode(vraagstukCode).map(this::toAdvice);
    }

    /**
     * Every section as read now: text, live sources (each marked when changed since last accepted), whether the
     * section is outdated ("bron gewijzigd"), and for Minderheidsstandpunten the generated positions part.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SectionView> sections(long id) {
        AdviceEntity entity = load(id);
        AdviceSources.Sources read = sources.read(vraagstuk(entity.getVraagstukCode()));
        Map<AdviceSection, Map<String, String>> accepted = entity.accepted();
        Map<AdviceSection, String> texts = entity.texts();
        String minority = minorityText(endorsement(entity));
        List<SectionView> views = new ArrayList<>();
        for (AdviceSection section : AdviceSection.values()) {
            List<SourceReference> refs = sources.references(section, read);
            views.add(view(section, texts.get(section), refs, accepted.get(section),
                    section == AdviceSection.MINDERHEIDSSTANDPUNTEN ? minority : ""));
        }
        return views;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SectionView section(long id, AdviceSection section) {
        return sections(id).get(section.ordinal());
    }

    /** The starting texts an advice of this vraagstuk would get now (for any vraagstuk, whatever its status). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<AdviceSection, String> prefill(String vraagstukCode) {
        return sources.prefill(sources.read(vraagstuk(vraagstukCode)));
    }

    /** The live references of every section of this vraagstuk's advice as they are now. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<AdviceSection, List<SourceReference>> references(String vraagstukCode) {
        return sources.references(sources.read(vraagstuk(vraagstukCode)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Endorsement endorsement(long id) {
        return endorsement(load(id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggestions(long id) {
        load(id);
        return suggestions.findByAdviceIdOrderByProposedAtAscIdAsc(id).stream().map(SuggestionEntity::toSuggestion).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdviceVersion> versions(long id) {
        load(id);
        return versions.findByAdviceIdOrderByNumberAsc(id).stream().map(Snapshots::toVersion).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<AdviceVersion> version(long id, int number) {
        return versions.findByAdviceIdAndNumber(id, number).map(Snapshots::toVersion);
    }

    /** What changed between two vastgestelde versions, per section, word by word. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public VersionDiff diff(long id, int from, int to) {
        AdviceVersion older = version(id, from).orElseThrow(() -> new DomainException("from", "advice.version.unknown", from));
        AdviceVersion newer = version(id, to).orElseThrow(() -> new DomainException("to", "advice.version.unknown", to));
        List<VersionDiff.SectionDiff> sections = new ArrayList<>();
        for (AdviceSection s : AdviceSection.values()) {
            sections.add(new VersionDiff.SectionDiff(s, WordDiff.parts(older.text(s), newer.text(s))));
        }
        return new VersionDiff(from, to, sections);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdviceHistoryEntry> history(long id) {
        load(id);
        return history.findTop500ByAdviceIdOrderByAtDescIdDesc(id).stream().map(AdviceHistoryEntity::toEntry).toList();
    }

    /** The generated part of Minderheidsstandpunten: positions per sector, missing sectors and the dissent (Markdown). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String minorityGenerated(long id) {
        return minorityText(endorsement(load(id)));
    }

    // ---------------------------------------------------------------- what the caller may do (the UI hides; the mutations check)

    public boolean mayCreate() {
        return currentUser.get().map(u -> u.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)).orElse(false);
    }

    /** Whether the caller may write the sections now. */
    public boolean mayEdit(Advice advice) {
        return currentUser.get().map(u -> mayEdit(u, advice.status())).orElse(false);
    }

    public boolean maySuggest(Advice advice) {
        return currentUser.get().map(u -> maySuggest(u, advice.status())).orElse(false);
    }

    public boolean mayDecideSuggestions(Advice advice) {
        return !advice.frozen() && currentUser.get().map(u -> u.role() == Role.CHAIR).orElse(false);
    }

    /** The sector whose position the caller sets on this advice now, or empty. */
    public Optional<String> positionSector(Advice advice) {
        if (advice.status() != AdviceStatus.TER_CONSULTATIE) {
            return Optional.empty();
        }
        return currentUser.get().filter(u -> u.role() == Role.MEMBER && u.sectorCode() != null)
                .map(AuthenticatedUser::sectorCode).filter(code -> participatingSectors().contains(code));
    }

    /** The lifecycle steps the caller can take on this advice now. */
    public List<AdviceStep> availableSteps(Advice advice) {
        Optional<AuthenticatedUser> user = currentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(AdviceStep.values())
                .filter(s -> s.from().contains(advice.status()) && s.roles().contains(user.get().role())).toList();
    }

    private boolean mayEdit(AuthenticatedUser user, AdviceStatus status) {
        return switch (status) {
            case CONCEPT -> user.hasAnyRole(Role.CHAIR, Role.SECRETARIAT) || atTheTable(user);
            case TER_CONSULTATIE -> user.hasAnyRole(Role.CHAIR, Role.SECRETARIAT);
            default -> false;
        };
    }

    private boolean maySuggest(AuthenticatedUser user, AdviceStatus status) {
        return !status.frozen() && (user.hasAnyRole(Role.CHAIR, Role.SECRETARIAT) || atTheTable(user));
    }

    private boolean atTheTable(AuthenticatedUser user) {
        return user.role() == Role.MEMBER && user.sectorCode() != null
                && sectors.find(user.sectorCode()).map(s -> s.participation().atTheTable()).orElse(false);
    }

    // ---------------------------------------------------------------- creating and writing

    /**
     * Starts the advice of a vraagstuk in uitwerking (moving it to 'advies in concept') or already in concept: every
     * section prefilled from its sources, whose fingerprints are taken as accepted.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public Advice create(String vraagstukCode) {
        AuthenticatedUser user = currentUser.require();
        Vraagstuk v = vraagstukken.find(vraagstukCode)
                .orElseThrow(() -> new DomainException("vraagstuk", "advice.vraagstuk.unknown", vraagstukCode));
        if (advices.existsByVraagstukCode(v.code())) {
            throw new DomainException("vraagstuk", "advice.exists", v.code());
        }
        if (v.status() != VraagstukStatus.IN_UITWERKING && v.status() != VraagstukStatus.ADVIES_IN_CONCEPT) {
            throw new DomainException("vraagstuk", "advice.vraagstuk.notReady", v.code(),
                    Texts.get(Texts.DUTCH, v.status().messageKey()));
        }
        AdviceSources.Sources read = sources.read(v);
        AdviceEntity entity = new AdviceEntity(v.code(), user.username());
        entity.setTexts(sources.prefill(read));
        entity.setAccepted(fingerprints(sources.references(read)));
        Instant now = now();
        entity.touch(now, user.displayName());
        AdviceEntity saved = advices.saveAndFlush(entity);
        record(saved, user, now, "created", null, "Versie 1 (concept)");
        moveVraagstuk(v.code(), VraagstukStatus.ADVIES_IN_CONCEPT, "Advies " + saved.getId() + " gestart (concept versie 1)");
        return toAdvice(saved);
    }

    /** Saves the co-edited texts, if nobody saved since {@code draft.baseVersion()}; a section over the maximum is refused there. */
    @Transactional
    @PreAuthorize(WRITERS)
    public Advice save(long id, AdviceDraft draft) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = load(id);
        requireNotFrozen(entity);
        if (!mayEdit(user, entity.getStatus())) {
            throw new AccessDeniedException(user.username() + " may not write advice " + id + " in " + entity.getStatus());
        }
        Map<AdviceSection, String> clean = new EnumMap<>(AdviceSection.class);
        for (AdviceSection s : AdviceSection.values()) {
            clean.put(s, text(s, draft.text(s)));
        }
        if (entity.getVersion() != draft.baseVersion()) {
            throw new AdviceConflictException(toAdvice(entity));
        }
        Advice before = toAdvice(entity);
        List<FieldChange> changes = AdviceFields.CATALOGUE.changes(before.toDraft(), AdviceDraft.of(clean, draft.baseVersion()));
        if (changes.isEmpty()) {
            return before;
        }
        entity.setTexts(clean);
        Instant now = now();
        entity.touch(now, user.displayName());
        AdviceEntity saved = flush(entity);
        for (FieldChange change : changes) {
            record(saved, user, now, change.field(), change.oldValue(), change.newValue());
        }
        return toAdvice(saved);
    }

    /** Someone checked the changed sources of a section: their fingerprints now are the accepted ones (recorded). */
    @Transactional
    @PreAuthorize(WRITERS)
    public Advice acceptSources(long id, AdviceSection section) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = load(id);
        requireNotFrozen(entity);
        if (!mayEdit(user, entity.getStatus())) {
            throw new AccessDeniedException(user.username() + " may not accept sources of advice " + id);
        }
        List<SourceReference> refs = sources.references(section, sources.read(vraagstuk(entity.getVraagstukCode())));
        Map<AdviceSection, Map<String, String>> accepted = new EnumMap<>(entity.accepted());
        Map<String, String> before = accepted.get(section);
        Map<String, String> now = fingerprintsOf(refs);
        if (now.equals(before)) {
            return toAdvice(entity);
        }
        accepted.put(section, now);
        entity.setAccepted(accepted);
        Instant at = now();
        entity.touch(at, user.displayName());
        AdviceEntity saved = flush(entity);
        List<String> changed = refs.stream().filter(r -> !r.fingerprint().equals(before.get(r.key())))
                .map(SourceReference::label).toList();
        record(saved, user, at, "sources." + section.field(), "bron gewijzigd",
                "geaccepteerd" + (changed.isEmpty() ? "" : ": " + String.join(", ", changed)));
        return toAdvice(saved);
    }

    // ---------------------------------------------------------------- suggestions

    /** Proposes a replacement text for a section; the chair accepts or rejects it. */
    @Transactional
    @PreAuthorize(WRITERS)
    public Suggestion suggest(long id, AdviceSection section, String text, @Nullable String note) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = load(id);
        requireNotFrozen(entity);
        if (!maySuggest(user, entity.getStatus())) {
            throw new AccessDeniedException(user.username() + " may not suggest on advice " + id);
        }
        String clean = text(section, text);
        String current = entity.texts().get(section);
        if (clean.equals(current)) {
            throw new DomainException(section.field(), "advice.suggestion.same");
        }
        String cleanNote = optional("note", note, Suggestion.NOTE_MAX);
        Instant now = now();
        SuggestionEntity saved = suggestions.saveAndFlush(new SuggestionEntity(id, section, current, clean, cleanNote,
                user.username(), user.displayName(), now));
        record(entity, user, now, "suggestion." + section.field(), null, "voorgesteld");
        return saved.toSuggestion();
    }

    /**
     * The chair takes a suggestion over as the section's text. Refused when the section changed since it was proposed
     * (the chair sees both texts and decides again), when it was decided already or when the advice is frozen.
     */
    @Transactional
    @PreAuthorize("hasRole('CHAIR')")
    public Advice acceptSuggestion(long suggestionId, long expectedVersion) {
        AuthenticatedUser user = currentUser.require();
        SuggestionEntity suggestion = loadSuggestion(suggestionId, expectedVersion);
        AdviceEntity entity = load(suggestion.getAdviceId());
        requireNotFrozen(entity);
        Suggestion s = suggestion.toSuggestion();
        Map<AdviceSection, String> texts = entity.texts();
        if (!texts.get(s.section()).equals(s.baseText())) {
            throw new DomainException(s.section().field(), "advice.suggestion.outdated", s.proposedByName());
        }
        String old = texts.get(s.section());
        texts.put(s.section(), s.text());
        entity.setTexts(texts);
        Instant now = now();
        entity.touch(now, user.displayName());
        suggestion.decide(SuggestionState.ACCEPTED, user.displayName(), now, null);
        AdviceEntity saved = flush(entity);
        record(saved, user, now, s.section().field(), old, s.text());
        record(saved, user, now, "suggestion." + s.section().field(), "voorgesteld door " + s.proposedByName(), "overgenomen");
        return toAdvice(saved);
    }

    /** The chair declines a suggestion, with the reason. */
    @Transactional
    @PreAuthorize("hasRole('CHAIR')")
    public Suggestion rejectSuggestion(long suggestionId, long expectedVersion, String reason) {
        AuthenticatedUser user = currentUser.require();
        SuggestionEntity suggestion = loadSuggestion(suggestionId, expectedVersion);
        AdviceEntity entity = load(suggestion.getAdviceId());
        requireNotFrozen(entity);
        String clean = required("reason", reason, Advice.REASON_MAX, "advice.suggestion.reasonRequired");
        Instant now = now();
        suggestion.decide(SuggestionState.REJECTED, user.displayName(), now, clean);
        Suggestion s = suggestion.toSuggestion();
        record(entity, user, now, "suggestion." + s.section().field(), "voorgesteld door " + s.proposedByName(),
                "afgewezen: " + clean);
        try {
            suggestions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("advice.suggestion.decided");
        }
        return suggestions.findById(suggestionId).map(SuggestionEntity::toSuggestion).orElseThrow();
    }

    private SuggestionEntity loadSuggestion(long suggestionId, long expectedVersion) {
        SuggestionEntity suggestion = suggestions.findById(suggestionId)
                .orElseThrow(() -> new DomainException("advice.suggestion.unknown", suggestionId));
        if (suggestion.getState() != SuggestionState.OPEN || suggestion.getVersion() != expectedVersion) {
            throw new DomainException("advice.suggestion.decided");
        }
        return suggestion;
    }

    // ---------------------------------------------------------------- endorsement

    /**
     * A member sets their own participating sector's position (one per sector; changing it is recorded). Only during
     * Ter consultatie; a reason is required unless the sector supports the advice.
     */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public SectorPosition setPosition(long id, String sectorCode, Stance stance, @Nullable String reason) {
        AuthenticatedUser user = currentUser.require();
        if (user.sectorCode() == null || !user.sectorCode().equals(sectorCode)) {
            throw new AccessDeniedException(user.username() + " may not set the position of " + sectorCode);
        }
        if (!participatingSectors().contains(sectorCode)) {
            throw new AccessDeniedException(sectorCode + " does not take part in the endorsement");
        }
        AdviceEntity entity = load(id);
        requireNotFrozen(entity);
        if (entity.getStatus() != AdviceStatus.TER_CONSULTATIE) {
            throw new DomainException("stance", "advice.position.notInConsultation");
        }
        String clean = reason == null ? "" : reason.strip();
        ControlCharacters.require("reason", clean);
        if (stance.reasonRequired() && clean.isEmpty()) {
            throw new DomainException("reason", "advice.position.reasonRequired");
        }
        if (clean.length() > SectorPosition.REASON_MAX) {
            throw new DomainException("reason", "validation.tooLong", SectorPosition.REASON_MAX);
        }
        PositionEntity position = positions.findByAdviceIdAndSectorCode(id, sectorCode)
                .orElseGet(() -> new PositionEntity(id, sectorCode));
        String old = position.isNew() ? null : describe(position.getStance(), position.getReason());
        Instant now = now();
        position.set(stance, clean, user.username(), user.displayName(), now);
        PositionEntity saved = positions.saveAndFlush(position);
        record(entity, user, now, "position." + sectorCode, old, describe(stance, clean));
        return saved.toPosition(sectorName(sectorCode));
    }

    private static String describe(Stance stance, String reason) {
        String label = Texts.get(Texts.DUTCH, stance.messageKey());
        return reason.isEmpty() ? label : label + ": " + reason;
    }

    // ---------------------------------------------------------------- lifecycle

    @Transactional
    @PreAuthorize(STAFF)
    public Advice startConsultation(long id, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = step(id, AdviceStep.TER_CONSULTATIE, baseVersion, user);
        return finishStep(entity, user, AdviceStep.TER_CONSULTATIE, AdviceStatus.CONCEPT, VraagstukStatus.ADVIES_IN_CONCEPT, null);
    }

    @Transactional
    @PreAuthorize(STAFF)
    public Advice returnToConcept(long id, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = step(id, AdviceStep.TERUG_NAAR_CONCEPT, baseVersion, user);
        return finishStep(entity, user, AdviceStep.TERUG_NAAR_CONCEPT, AdviceStatus.TER_CONSULTATIE,
                VraagstukStatus.ADVIES_IN_CONCEPT, null);
    }

    /**
     * The chair vaststelt the advice: every required section must hold text (else a message at each empty one). Makes
     * the immutable version with its number, date, who, the texts, references and positions as they are now.
     */
    @Transactional
    @PreAuthorize("hasRole('CHAIR')")
    public Advice adopt(long id, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = step(id, AdviceStep.VASTSTELLEN, baseVersion, user);
        Map<AdviceSection, String> texts = entity.texts();
        List<AdviceSection> missing = Arrays.stream(AdviceSection.values())
                .filter(s -> s.required() && texts.get(s).isBlank()).toList();
        if (!missing.isEmpty()) {
            throw new MissingSectionsException(missing);
        }
        AdviceStatus from = entity.getStatus();
        Endorsement endorsement = endorsement(entity);
        Map<AdviceSection, List<SourceReference>> refs = sources.references(sources.read(vraagstuk(entity.getVraagstukCode())));
        Instant now = now();
        versions.saveAndFlush(new AdviceVersionEntity(id, entity.getVersionNumber(), now, user.displayName(),
                entity.getRevisionReason(), Snapshots.write(texts, refs, endorsement.positions(), minorityText(endorsement))));
        return finishStep(entity, user, AdviceStep.VASTSTELLEN, from, VraagstukStatus.ADVIES_GEDRAGEN, null);
    }

    /** Offered to the gremium of the vraagstuk (the agenda refuses when none is chosen). */
    @Transactional
    @PreAuthorize(STAFF)
    public Advice offer(long id, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = step(id, AdviceStep.AANBIEDEN, baseVersion, user);
        if (vraagstuk(entity.getVraagstukCode()).gremiumCode() == null) {
            throw new DomainException("gremium", "advice.gremium.missing");
        }
        return finishStep(entity, user, AdviceStep.AANBIEDEN, AdviceStatus.VASTGESTELD, VraagstukStatus.AANGEBODEN, null);
    }

    /** Records the gremium's decision as an external record: its date, text and where it can be found. */
    @Transactional
    @PreAuthorize(STAFF)
    public Advice recordDecision(long id, @Nullable LocalDate date, String text, String reference, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = step(id, AdviceStep.BESLUIT_VASTLEGGEN, baseVersion, user);
        if (date == null) {
            throw new DomainException("date", "validation.required");
        }
        if (date.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new DomainException("date", "advice.decision.future");
        }
        String cleanText = required("text", text, GremiumDecision.TEXT_MAX, "validation.required");
        String cleanReference = required("reference", reference, GremiumDecision.REFERENCE_MAX, "validation.required");
        Instant now = now();
        entity.recordDecision(date, cleanText, cleanReference, user.displayName(), now);
        String reason = cut("Advies " + id + " versie " + entity.getVersionNumber() + ": besluit van " + date + " ("
                + cleanReference + ")", nl.tafelwerk.agenda.Lifecycle.REASON_MAX);
        return finishStep(entity, user, AdviceStep.BESLUIT_VASTLEGGEN, AdviceStatus.AANGEBODEN,
                VraagstukStatus.BESLUIT_ONTVANGEN, reason);
    }

    /**
     * Starts the next version from the last vastgestelde one's texts, with the reason why. The old version stays
     * readable; the positions start afresh (they were given on the old text and are kept in its version).
     */
    @Transactional
    @PreAuthorize(STAFF)
    public Advice startNewVersion(long id, String reason, long baseVersion) {
        AuthenticatedUser user = currentUser.require();
        AdviceEntity entity = step(id, AdviceStep.NIEUWE_VERSIE, baseVersion, user);
        String clean = required("reason", reason, Advice.REASON_MAX, "advice.version.reasonRequired");
        AdviceStatus from = entity.getStatus();
        AdviceVersion last = version(id, entity.getVersionNumber())
                .orElseThrow(() -> new IllegalStateException("advice " + id + " is frozen without its version"));
        entity.setTexts(last.texts());
        entity.startVersion(entity.getVersionNumber() + 1, clean);
        positions.deleteByAdviceId(id);
        return finishStep(entity, user, AdviceStep.NIEUWE_VERSIE, from, VraagstukStatus.ADVIES_IN_CONCEPT,
                cut("Advies " + id + " versie " + entity.getVersionNumber() + ": " + clean, nl.tafelwerk.agenda.Lifecycle.REASON_MAX));
    }

    private AdviceEntity step(long id, AdviceStep step, long baseVersion, AuthenticatedUser user) {
        if (!step.roles().contains(user.role())) {
            throw new AccessDeniedException(user.username() + " may not " + step);
        }
        AdviceEntity entity = load(id);
        if (!step.from().contains(entity.getStatus())) {
            boolean changesTheVersion = step == AdviceStep.TER_CONSULTATIE || step == AdviceStep.TERUG_NAAR_CONCEPT
                    || step == AdviceStep.VASTSTELLEN;
            if (entity.getStatus().frozen() && changesTheVersion) {
                throw new DomainException("advice.frozen");
            }
            throw new DomainException("status", "advice.step.invalid",
                    Texts.get(Texts.DUTCH, entity.getStatus().messageKey()), Texts.get(Texts.DUTCH, step.messageKey()));
        }
        if (entity.getVersion() != baseVersion) {
            throw new AdviceConflictException(toAdvice(entity));
        }
        return entity;
    }

    private Advice finishStep(AdviceEntity entity, AuthenticatedUser user, AdviceStep step, AdviceStatus from,
                              VraagstukStatus vraagstukTarget, @Nullable String vraagstukReason) {
        entity.setStatus(step.to());
        Instant now = now();
        entity.touch(now, user.displayName());
        AdviceEntity saved = flush(entity);
        String label = Texts.get(Texts.DUTCH, step.to().messageKey()) + " (versie " + saved.getVersionNumber() + ")";
        record(saved, user, now, "status", Texts.get(Texts.DUTCH, from.messageKey()), label);
        moveVraagstuk(saved.getVraagstukCode(), vraagstukTarget, vraagstukReason != null ? vraagstukReason
                : "Advies " + saved.getId() + ": " + label);
        return toAdvice(saved);
    }

    /**
     * Takes the agenda step that leads from the vraagstuk's status to {@code target}, through the agenda service (its
     * rules and history); nothing when it is there already, e.g. after a meeting's decision took the step.
     */
    private void moveVraagstuk(String code, VraagstukStatus target, String reason) {
        Vraagstuk v = vraagstuk(code);
        if (v.status() == target) {
            return;
        }
        LifecycleAction action = Arrays.stream(LifecycleAction.values())
                .filter(a -> a.to() == target && a.from().contains(v.status())).findFirst()
                .orElseThrow(() -> new DomainException("vraagstuk", "advice.vraagstuk.status", code,
                        Texts.get(Texts.DUTCH, v.status().messageKey()), Texts.get(Texts.DUTCH, target.messageKey())));
        vraagstukken.transition(code, action, cut(reason, nl.tafelwerk.agenda.Lifecycle.REASON_MAX), v.version());
    }

    // ---------------------------------------------------------------- helpers

    private void requireNotFrozen(AdviceEntity entity) {
        if (entity.getStatus().frozen()) {
            throw new DomainException("advice.frozen");
        }
    }

    Endorsement endorsement(AdviceEntity entity) {
        List<String> participating = participatingSectors();
        List<SectorPosition> taken = positions.findByAdviceIdOrderBySectorCodeAsc(entity.getId()).stream()
                .map(p -> p.toPosition(sectorName(p.getSectorCode()))).toList();
        List<String> missing = participating.stream()
                .filter(code -> taken.stream().noneMatch(p -> p.sectorCode().equals(code))).toList();
        return new Endorsement(taken, missing);
    }

    /** The positions as Markdown: a table of every position, then who has none yet, then the dissent in words. */
    String minorityText(Endorsement endorsement) {
        StringBuilder md = new StringBuilder();
        if (endorsement.positions().isEmpty()) {
            md.append("Nog geen sector heeft een standpunt ingenomen.\n\n");
        } else {
            md.append("| Sector | Standpunt | Toelichting |\n| --- | --- | --- |\n");
            for (SectorPosition p : endorsement.positions()) {
                md.append("| ").append(p.sectorCode()).append(" · ").append(p.sectorName()).append(" | ")
                        .append(Texts.get(Texts.DUTCH, p.stance().messageKey())).append(" | ")
                        .append(p.reason().replaceAll("\\s+", " ").replace("|", "\\|")).append(" |\n");
            }
            md.append('\n');
        }
        if (!endorsement.missingSectors().isEmpty()) {
            md.append("Zonder standpunt: ").append(String.join(", ",
                    endorsement.missingSectors().stream().map(c -> c + " · " + sectorName(c)).toList())).append(".\n\n");
        }
        List<SectorPosition> dissent = endorsement.positions().stream().filter(p -> p.stance() != Stance.STEUNT).toList();
        if (!dissent.isEmpty()) {
            md.append("**Afwijkende standpunten**\n\n");
            for (SectorPosition p : dissent) {
                md.append("- ").append(p.sectorName()).append(" (").append(p.sectorCode()).append(") ")
                        .append(Texts.get(Texts.DUTCH, p.stance().messageKey()).toLowerCase(Texts.DUTCH)).append(": ")
                        .append(p.reason().replaceAll("\\s+", " ")).append('\n');
            }
        }
        return md.toString().strip();
    }

    private List<String> participatingSectors() {
        return sectors.all().stream().filter(s -> s.participation() == Participation.DEELNEMEND).map(SectorView::code)
                .sorted().toList();
    }

    private String sectorName(String code) {
        return sectors.find(code).map(SectorView::name).orElse(code);
    }

    private static SectionView view(AdviceSection section, String text, List<SourceReference> refs,
                                    Map<String, String> accepted, String generated) {
        List<TracedSource> traced = refs.stream()
                .map(r -> new TracedSource(r, !r.fingerprint().equals(accepted.get(r.key())))).toList();
        List<String> removed = accepted.keySet().stream().filter(k -> refs.stream().noneMatch(r -> r.key().equals(k)))
                .sorted().toList();
        boolean outdated = traced.stream().anyMatch(TracedSource::changed) || !removed.isEmpty();
        return new SectionView(section, text, traced, removed, outdated, generated);
    }

    private static Map<AdviceSection, Map<String, String>> fingerprints(Map<AdviceSection, List<SourceReference>> refs) {
        Map<AdviceSection, Map<String, String>> all = new EnumMap<>(AdviceSection.class);
        refs.forEach((s, list) -> all.put(s, fingerprintsOf(list)));
        return all;
    }

    private static Map<String, String> fingerprintsOf(List<SourceReference> refs) {
        Map<String, String> map = new LinkedHashMap<>();
        refs.forEach(r -> map.put(r.key(), r.fingerprint()));
        return map;
    }

    private static String text(AdviceSection section, @Nullable String text) {
        String value = text == null ? "" : text;
        if (value.length() > Advice.SECTION_MAX) {
            throw new DomainException(section.field(), "advice.section.tooLong", Advice.SECTION_MAX, value.length());
        }
        ControlCharacters.require(section.field(), value);
        return value;
    }

    private static String required(String field, @Nullable String text, int max, String requiredKey) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new DomainException(field, requiredKey);
        }
        if (clean.length() > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        ControlCharacters.require(field, clean);
        return clean;
    }

    private static @Nullable String optional(String field, @Nullable String text, int max) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        ControlCharacters.require(field, clean);
        return clean.isEmpty() ? null : clean;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private AdviceEntity load(long id) {
        return advices.findById(id).orElseThrow(() -> new DomainException("advice.unknown", id));
    }

    private Vraagstuk vraagstuk(String code) {
        return vraagstukken.find(code).orElseThrow(() -> new DomainException("vraagstuk", "advice.vraagstuk.unknown", code));
    }

    private String title(String vraagstukCode) {
        return vraagstukken.find(vraagstukCode).map(Vraagstuk::title).orElse(vraagstukCode);
    }

    Advice toAdvice(AdviceEntity entity) {
        return entity.toAdvice(title(entity.getVraagstukCode()));
    }

    private AdviceEntity flush(AdviceEntity entity) {
        try {
            return advices.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new AdviceConflictException(toAdvice(advices.findById(entity.getId()).orElseThrow()));
        }
    }

    private void record(AdviceEntity advice, AuthenticatedUser user, Instant at, String field, @Nullable String oldValue,
                        @Nullable String newValue) {
        history.save(new AdviceHistoryEntity(advice.getId(), at, user.username(), user.displayName(), field, oldValue, newValue));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** For the distribution and the export: the advice as stored, for a caller already checked. */
    AdviceEntity entity(long id) {
        return load(id);
    }

    static Set<AdviceStatus> sendable() {
        return Set.of(AdviceStatus.VASTGESTELD, AdviceStatus.AANGEBODEN, AdviceStatus.BESLUIT_ONTVANGEN);
    }
}
