package nl.tafelwerk.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.EnumSet;
import java.util.TreeSet;
import nl.tafelwerk.assessment.analysis.AssessedItem;
import nl.tafelwerk.assessment.analysis.Boosts;
import nl.tafelwerk.assessment.analysis.ConsensusScore;
import nl.tafelwerk.assessment.analysis.Criterion;
import nl.tafelwerk.assessment.analysis.ItemKind;
import nl.tafelwerk.assessment.analysis.Member;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.assessment.analysis.RoundScores;
import nl.tafelwerk.assessment.analysis.Score;
import nl.tafelwerk.assessment.analysis.Skip;
import nl.tafelwerk.agenda.AgendaSort;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukFilter;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.assessment.internal.RoundCriterionEntity;
import nl.tafelwerk.assessment.internal.RoundConsensusEntity;
import nl.tafelwerk.assessment.internal.RoundItemEntity;
import nl.tafelwerk.assessment.internal.ScoreBallotEntity;
import nl.tafelwerk.assessment.internal.ScoreBallotRepository;
import nl.tafelwerk.assessment.internal.ScoringRoundEntity;
import nl.tafelwerk.assessment.internal.ScoringRoundRepository;
import nl.tafelwerk.buildingblocks.Bouwsteen;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.shared.ControlCharacters;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.StaleDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sealed scoring rounds (issue 11, DD024). CHAIR and SECRETARIAT open, close and reveal; each participating MEMBER
 * scores as themselves; the chair records the consensus. Until the reveal a ballot is handed to its author only:
 * every other read (progress, the round itself) carries counts, never a value. Exceptions and logs carry message
 * keys, codes and names only, never a score.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoundService {

    static final String ORGANISERS = "hasAnyRole('CHAIR', 'SECRETARIAT')";
    public static final int REASON_MAX = 1000;

    private final ScoringRoundRepository rounds;
    private final ScoreBallotRepository ballots;
    private final PublishedFrameworks frameworks;
    private final VraagstukService vraagstukken;
    private final BouwsteenService bouwstenen;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private Clock clock = Clock.systemUTC();

    RoundService(ScoringRoundRepository rounds, ScoreBallotRepository ballots, PublishedFrameworks frameworks,
                 VraagstukService vraagstukken, BouwsteenService bouwstenen, UserDirectory users, CurrentUser currentUser) {
        this.rounds = rounds;
        this.ballots = ballots;
        this.frameworks = frameworks;
        this.vraagstukken = vraagstukken;
        this.bouwstenen = bouwstenen;
        this.users = users;
        this.currentUser = currentUser;
    }

    /** Tests move time past a deadline with this. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading (never a value before the reveal)

    @Transactional(readOnly = true)
    public List<ScoringRound> all() {
        return rounds.findAllByOrderByOpenedAtDescIdDesc().stream().map(this::toRound).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ScoringRound> find(long id) {
        return rounds.findById(id).map(this::toRound);
    }

    /** Counts per person and per sector; everyone may read them at any time. */
    @Transactional(readOnly = true)
    public RoundProgress progress(long roundId) {
        ScoringRoundEntity round = load(roundId);
        return progress(round, ballots.findByRoundIdOrderBySectorCodeAscMemberNameAsc(roundId));
    }

    /** The caller's own ballot; empty for anyone who does not score in this round. */
    @Transactional(readOnly = true)
    public Optional<RoundBallot> myBallot(long roundId) {
        AuthenticatedUser me = currentUser.require();
        if (me.role() != Role.MEMBER) {
            return Optional.empty();
        }
        load(roundId);
        return ballots.findByRoundIdAndMemberUsername(roundId, me.username()).map(ScoreBallotEntity::toBallot);
    }

    /** Every ballot and the consensus; refused until the round is revealed, for every role. */
    @Transactional(readOnly = true)
    public RoundResults results(long roundId) {
        ScoringRoundEntity entity = load(roundId);
        if (entity.getStatus() != RoundStatus.REVEALED) {
            throw new DomainException("round.results.sealed");
        }
        ScoringRound round = toRound(entity);
        List<ScoreBallotEntity> all = ballots.findByRoundIdOrderBySectorCodeAscMemberNameAsc(roundId);
        Map<String, Integer> perSector = new HashMap<>();
        List<RoundResults.RevealedBallot> revealed = new ArrayList<>();
        for (ScoreBallotEntity ballot : all) {
            int n = perSector.merge(ballot.getSectorCode(), 1, Integer::sum);
            String label = round.revealMode() == RoundRevealMode.NAMED ? ballot.getMemberName() : ballot.getSectorCode() + " " + n;
            revealed.add(ballot.toRevealed(label));
        }
        List<RoundConsensus> consensus = entity.getConsensus().stream().map(RoundConsensusEntity::toConsensus).toList();
        return new RoundResults(round, revealed, consensus);
    }

    /** What a round can score: the vraagstukken on the agenda (in its agreed order) and every bouwsteen. */
    @Transactional(readOnly = true)
    public List<RoundItem> candidates() {
        List<RoundItem> items = new ArrayList<>();
        VraagstukFilter onAgenda = new VraagstukFilter(null, EnumSet.of(VraagstukStatus.OP_VOORRAADAGENDA,
                VraagstukStatus.GEAGENDEERD, VraagstukStatus.IN_UITWERKING, VraagstukStatus.GEPARKEERD), Set.of(), null);
        vraagstukken.list(onAgenda, List.of(AgendaSort.AGREED_ORDER), 0, VraagstukService.PAGE_MAX)
                .forEach(v -> items.add(new RoundItem(RoundItemKind.VRAAGSTUK, v.code(), v.title())));
        bouwstenen.all().forEach(b -> items.add(new RoundItem(RoundItemKind.BOUWSTEEN, b.code(), b.name())));
        return items;
    }

    /** The sectors that have an active member, who would score in a round on them. */
    public List<String> memberSectors() {
        return users.active().stream().filter(u -> u.role() == Role.MEMBER && u.sectorCode() != null)
                .map(AuthenticatedUser::sectorCode).map(Objects::requireNonNull).distinct().sorted().toList();
    }

    /** The published framework versions a round can use, newest first. */
    public List<FrameworkVersion> frameworkVersions() {
        return frameworks.all();
    }

    /**
     * The statistics, agreement, rankings and sensitivity of a revealed round, from the consensus where the chair
     * recorded one and the median elsewhere. Refused before the reveal, like {@link #results}.
     */
    @Transactional(readOnly = true)
    public RoundAnalysis analysis(long roundId) {
        return analysis(results(roundId));
    }

    /**
     * The same analysis on the caller's copy of the results. Boosts (DD026): a bouwsteen gets the legal boost when it
     * has a wettelijk kader and the dependency boost per bouwsteen that transitively needs it; a vraagstuk gets them
     * through its linked bouwstenen (legal when any has a wettelijk kader; the bouwstenen needing any of them, counted
     * once), and none when it links no bouwsteen.
     */
    @Transactional(readOnly = true)
    public RoundAnalysis analysis(RoundResults results) {
        ScoringRound round = results.round();
        List<AssessedItem> items = new ArrayList<>();
        for (RoundItem item : round.items()) {
            List<String> linked = linkedBouwstenen(item);
            boolean legal = false;
            Set<String> dependents = new TreeSet<>();
            for (String code : linked) {
                Optional<Bouwsteen> b = bouwstenen.find(code);
                legal |= b.map(Bouwsteen::legalAnchor).filter(a -> !a.isBlank()).isPresent();
                if (b.isPresent()) {
                    dependents.addAll(bouwstenen.needingTransitively(code));
                }
            }
            dependents.removeAll(linked);
            items.add(new AssessedItem(item.key(), item.label(),
                    item.kind() == RoundItemKind.VRAAGSTUK ? ItemKind.VRAAGSTUK : ItemKind.BOUWSTEEN, legal, dependents.size()));
        }
        List<Criterion> criteria = round.criteria().stream().map(Criterion::of).toList();
        List<Member> members = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        int n = 0;
        for (RoundResults.RevealedBallot ballot : results.ballots()) {
            String id = "m" + (++n);
            members.add(new Member(id, ballot.label(), ballot.sector()));
            ballot.scores().forEach((item, perCriterion) -> perCriterion.forEach((criterion, score) ->
                    scores.add(new Score(id, item, criterion, score.value()))));
            ballot.skipped().forEach((item, reason) -> skips.add(new Skip(id, item, reason)));
        }
        List<ConsensusScore> consensus = results.consensus().stream()
                .map(c -> new ConsensusScore(c.itemKey(), c.criterionCode(), c.value())).toList();
        return RoundAnalysis.of(new RoundScores(items, criteria, members, scores, skips, Boosts.of(round.boosts())), consensus);
    }

    /** The XLSX workbook of a revealed round; refused before the reveal, like {@link #results}. */
    @Transactional(readOnly = true)
    public byte[] exportWorkbook(long roundId) {
        RoundResults results = results(roundId);
        List<RoundWorkbook.MemberRationale> rationales = new ArrayList<>();
        int n = 0;
        for (RoundResults.RevealedBallot ballot : results.ballots()) {
            String id = "m" + (++n); // the member ids analysis(results) gives, in the same order
            ballot.scores().forEach((item, perCriterion) -> perCriterion.forEach((criterion, score) -> {
                if (score.rationale() != null) {
                    rationales.add(new RoundWorkbook.MemberRationale(id, item, criterion, score.rationale()));
                }
            }));
        }
        List<RoundWorkbook.ConsensusRationale> consensus = results.consensus().stream().filter(c -> c.rationale() != null)
                .map(c -> new RoundWorkbook.ConsensusRationale(c.itemKey(), c.criterionCode(), Objects.requireNonNull(c.rationale())))
                .toList();
        ScoringRound round = results.round();
        return RoundWorkbook.toBytes(new RoundWorkbook.Contents(round.title(), analysis(results),
                round.revealMode() == RoundRevealMode.SECTORS_ONLY, rationales, consensus), nl.tafelwerk.shared.Texts.DUTCH);
    }

    /**
     * Carries the round's WSJF order of its vraagstukken to the voorraadagenda (the agenda records the reason in each
     * moved vraagstuk's history). Bouwstenen are not on the agenda and keep no place there.
     *
     * @return the codes of the vraagstukken that moved
     */
    @Transactional
    @PreAuthorize("hasRole('CHAIR')")
    public List<String> carryOrder(long roundId, String reason) {
        RoundResults results = results(roundId);
        ScoringRound round = results.round();
        RoundAnalysis analysis = analysis(results);
        List<String> codes = analysis.ranking().ranked().stream()
                .map(r -> round.item(r.item().code()))
                .filter(i -> i.kind() == RoundItemKind.VRAAGSTUK)
                .map(RoundItem::code).toList();
        if (codes.isEmpty()) {
            throw new DomainException("round.carry.noVraagstukken");
        }
        return vraagstukken.carryOrder(codes, reason);
    }

    // ---------------------------------------------------------------- what the caller may do (for the UI; the mutations check again)

    public boolean mayOrganise() {
        return currentUser.get().map(u -> u.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)).orElse(false);
    }

    public boolean mayDecide() {
        return currentUser.get().map(u -> u.role() == Role.CHAIR).orElse(false);
    }

    // ---------------------------------------------------------------- organising

    @Transactional
    @PreAuthorize(ORGANISERS)
    public ScoringRound open(RoundOpening opening) {
        AuthenticatedUser me = currentUser.require();
        String title = opening.title() == null ? "" : opening.title().strip();
        if (title.isEmpty()) {
            throw new DomainException("title", "round.title.required");
        }
        if (title.length() > RoundOpening.TITLE_MAX) {
            throw new DomainException("title", "round.title.tooLong", RoundOpening.TITLE_MAX);
        }
        ControlCharacters.require("title", title);
        if (opening.items().isEmpty()) {
            throw new DomainException("items", "round.items.required");
        }
        List<RoundItem> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (RoundItemRef ref : opening.items()) {
            RoundItem item = lookUp(ref);
            if (!keys.add(item.key())) {
                throw new DomainException("items", "round.items.duplicate", item.code());
            }
            items.add(item);
        }
        FrameworkVersion framework = frameworks.version(opening.frameworkVersionId())
                .orElseThrow(() -> new DomainException("framework", "round.framework.unknown"));
        if (framework.criteria().isEmpty()) {
            throw new DomainException("framework", "round.framework.noCriteria", framework.number());
        }
        Instant now = clock.instant();
        if (opening.deadline() == null || !opening.deadline().isAfter(now)) {
            throw new DomainException("deadline", "round.deadline.past");
        }
        if (opening.revealMode() == null) {
            throw new DomainException("revealMode", "round.revealMode.required");
        }
        if (opening.quorum() == null) {
            throw new DomainException("quorum", "round.quorum.required");
        }
        List<AuthenticatedUser> members = users.active().stream()
                .filter(u -> u.role() == Role.MEMBER && u.sectorCode() != null)
                .filter(u -> opening.sectors().isEmpty() || opening.sectors().contains(u.sectorCode()))
                .toList();
        if (members.isEmpty()) {
            throw new DomainException("sectors", "round.members.required");
        }
        ScoringRoundEntity round = new ScoringRoundEntity(title, framework.id(), framework.number(), opening.deadline(),
                opening.revealMode(), opening.quorum(), framework.boosts(), me.displayName(), now);
        int position = 0;
        for (RoundItem item : items) {
            round.addItem(new RoundItemEntity(round, position++, item.kind(), item.code(), item.title()));
        }
        position = 0;
        for (ScoredCriterion criterion : framework.criteria()) {
            round.addCriterion(new RoundCriterionEntity(round, position++, criterion));
        }
        ScoringRoundEntity saved = rounds.saveAndFlush(round);
        for (AuthenticatedUser member : members) {
            ballots.save(new ScoreBallotEntity(saved.id(), member.username(), member.displayName(),
                    Objects.requireNonNull(member.sectorCode())));
        }
        ballots.flush();
        return toRound(saved);
    }

    private RoundItem lookUp(RoundItemRef ref) {
        return switch (ref.kind()) {
            case VRAAGSTUK -> vraagstukken.find(ref.code()).map(v -> new RoundItem(RoundItemKind.VRAAGSTUK, v.code(), v.title()))
                    .orElseThrow(() -> new DomainException("items", "round.items.unknown", ref.code()));
            case BOUWSTEEN -> bouwstenen.find(ref.code()).map(b -> new RoundItem(RoundItemKind.BOUWSTEEN, b.code(), b.name()))
                    .orElseThrow(() -> new DomainException("items", "round.items.unknown", ref.code()));
        };
    }

    @Transactional
    @PreAuthorize(ORGANISERS)
    public ScoringRound close(long roundId, long expectedVersion) {
        ScoringRoundEntity round = loadAt(roundId, expectedVersion);
        requireNotRevealed(round);
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw new DomainException("round.closed");
        }
        round.close(clock.instant());
        return toRound(rounds.saveAndFlush(round));
    }

    /** A closed round opens again for scoring; a revealed round never does (open a new round instead). */
    @Transactional
    @PreAuthorize(ORGANISERS)
    public ScoringRound reopen(long roundId, long expectedVersion) {
        ScoringRoundEntity round = loadAt(roundId, expectedVersion);
        if (round.getStatus() == RoundStatus.REVEALED) {
            throw new DomainException("round.reopen.revealed");
        }
        if (round.getStatus() == RoundStatus.OPEN) {
            return toRound(round);
        }
        round.reopen();
        return toRound(rounds.saveAndFlush(round));
    }

    /**
     * Reveals the round to everyone. Needs someone to have scored and the quorum set at opening, unless the chair
     * overrides the quorum with a reason, which is recorded on the round.
     */
    @Transactional
    @PreAuthorize(ORGANISERS)
    public ScoringRound reveal(long roundId, @Nullable String quorumOverrideReason, long expectedVersion) {
        AuthenticatedUser me = currentUser.require();
        ScoringRoundEntity round = loadAt(roundId, expectedVersion);
        requireNotRevealed(round);
        RoundProgress progress = progress(round, ballots.findByRoundIdOrderBySectorCodeAscMemberNameAsc(roundId));
        if (!progress.anyoneScored()) {
            throw new DomainException("round.reveal.nobodyScored");
        }
        String reason = quorumOverrideReason == null || quorumOverrideReason.isBlank() ? null : quorumOverrideReason.strip();
        boolean quorumMet = round.getQuorum().metBy(progress);
        if (!quorumMet && reason == null) {
            throw new DomainException("quorumOverrideReason", "round.quorum.notMet");
        }
        if (quorumMet) {
            reason = null;
        } else {
            if (me.role() != Role.CHAIR) {
                throw new AccessDeniedException("only the chair overrides the quorum");
            }
            if (reason.length() > REASON_MAX) {
                throw new DomainException("quorumOverrideReason", "round.reason.tooLong", REASON_MAX);
            }
            ControlCharacters.require("quorumOverrideReason", reason);
        }
        round.reveal(me.displayName(), clock.instant(), reason);
        return toRound(rounds.saveAndFlush(round));
    }

    @Transactional
    @PreAuthorize("hasRole('CHAIR')")
    public RoundConsensus recordConsensus(long roundId, String itemKey, String criterionCode, int value,
                                          @Nullable String rationale) {
        AuthenticatedUser me = currentUser.require();
        ScoringRoundEntity entity = load(roundId);
        if (entity.getStatus() != RoundStatus.REVEALED) {
            throw new DomainException("round.consensus.beforeReveal");
        }
        ScoringRound round = toRound(entity);
        requireItem(round, itemKey);
        ScoredCriterion criterion = requireCriterion(round, criterionCode);
        if (!criterion.scale().allows(value)) {
            throw new DomainException("consensus", "round.score.offScale", criterion.name(), scaleText(criterion.scale()));
        }
        String text = cleanRationale("consensusRationale", rationale);
        Instant now = clock.instant();
        entity.recordConsensus(itemKey, criterionCode, value, text, me.displayName(), now);
        rounds.saveAndFlush(entity);
        return new RoundConsensus(itemKey, criterionCode, value, text, me.displayName(), now);
    }

    // ---------------------------------------------------------------- scoring (members, as themselves)

    /**
     * Saves the caller's scores on one item (criterion code → value with optional rationale; a criterion left out
     * is not scored yet). Made against the ballot version the caller loaded: a save from another tab in between is
     * refused, never overwritten. All values are checked before anything is saved.
     */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public RoundBallot score(long roundId, String itemKey, Map<String, RoundScore> values, long expectedBallotVersion) {
        ScoringRoundEntity round = requireScorable(roundId);
        requireItem(round, itemKey);
        List<ScoredCriterion> criteria = round.getCriteria().stream().map(RoundCriterionEntity::toCriterion).toList();
        Map<String, RoundScore> clean = new LinkedHashMap<>();
        for (Map.Entry<String, RoundScore> entry : new TreeMap<>(values).entrySet()) {
            ScoredCriterion criterion = requireCriterion(criteria, entry.getKey());
            RoundScore score = entry.getValue();
            if (!criterion.scale().allows(score.value())) {
                throw new DomainException("score." + criterion.code(), "round.score.offScale", criterion.name(),
                        scaleText(criterion.scale()));
            }
            clean.put(criterion.code(), new RoundScore(score.value(), cleanRationale("rationale." + criterion.code(),
                    score.rationale())));
        }
        ScoreBallotEntity ballot = myBallotAt(roundId, expectedBallotVersion);
        ballot.scoreItem(itemKey, clean, clock.instant());
        return saveBallot(ballot);
    }

    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public RoundBallot skip(long roundId, String itemKey, String reason, long expectedBallotVersion) {
        ScoringRoundEntity round = requireScorable(roundId);
        requireItem(round, itemKey);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DomainException("skipReason", "round.skip.reasonRequired");
        }
        if (text.length() > REASON_MAX) {
            throw new DomainException("skipReason", "round.reason.tooLong", REASON_MAX);
        }
        ControlCharacters.require("skipReason", text);
        ScoreBallotEntity ballot = myBallotAt(roundId, expectedBallotVersion);
        ballot.skipItem(itemKey, text, clock.instant());
        return saveBallot(ballot);
    }

    private RoundBallot saveBallot(ScoreBallotEntity ballot) {
        try {
            return ballots.saveAndFlush(ballot).toBallot();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException("round.ballot.stale");
        }
    }

    /**
     * The round's own row, items and criteria only: a save never builds the whole {@link ScoringRound}, which reads
     * every member's ballot (and their scores) just to list the sectors; with 30 members that was most of a save.
     */
    private ScoringRoundEntity requireScorable(long roundId) {
        ScoringRoundEntity entity = load(roundId);
        if (entity.getStatus() == RoundStatus.REVEALED) {
            throw new DomainException("round.revealed");
        }
        if (entity.getStatus() == RoundStatus.CLOSED) {
            throw new DomainException("round.closed");
        }
        if (!clock.instant().isBefore(entity.getDeadline())) {
            throw new DomainException("round.deadline.passed");
        }
        return entity;
    }

    private ScoreBallotEntity myBallotAt(long roundId, long expectedVersion) {
        AuthenticatedUser me = currentUser.require();
        ScoreBallotEntity ballot = ballots.findByRoundIdAndMemberUsername(roundId, me.username())
                .orElseThrow(() -> new DomainException("round.member.notParticipating"));
        if (ballot.getVersion() != expectedVersion) {
            throw new StaleDataException("round.ballot.stale");
        }
        return ballot;
    }

    // ---------------------------------------------------------------- helpers

    private static void requireItem(ScoringRound round, String itemKey) {
        if (round.items().stream().noneMatch(i -> i.key().equals(itemKey))) {
            throw new DomainException("item", "round.item.unknown");
        }
    }

    private static void requireItem(ScoringRoundEntity round, String itemKey) {
        if (round.getItems().stream().noneMatch(i -> i.toItem().key().equals(itemKey))) {
            throw new DomainException("item", "round.item.unknown");
        }
    }

    private static ScoredCriterion requireCriterion(ScoringRound round, String code) {
        return requireCriterion(round.criteria(), code);
    }

    private static ScoredCriterion requireCriterion(List<ScoredCriterion> criteria, String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException("criterion", "round.criterion.unknown", code));
    }

    private static @Nullable String cleanRationale(String field, @Nullable String rationale) {
        if (rationale == null || rationale.isBlank()) {
            return null;
        }
        String text = rationale.strip();
        if (text.length() > RoundScore.RATIONALE_MAX) {
            throw new DomainException(field, "round.rationale.tooLong", RoundScore.RATIONALE_MAX);
        }
        ControlCharacters.require(field, text);
        return text;
    }

    static String scaleText(ScoreScale scale) {
        return String.join(", ", scale.values().stream().map(String::valueOf).toList());
    }

    private static void requireNotRevealed(ScoringRoundEntity round) {
        if (round.getStatus() == RoundStatus.REVEALED) {
            throw new DomainException("round.revealed");
        }
    }

    private ScoringRoundEntity load(long id) {
        return rounds.findById(id).orElseThrow(() -> new DomainException("round.notFound", id));
    }

    private ScoringRoundEntity loadAt(long id, long expectedVersion) {
        ScoringRoundEntity round = load(id);
        if (round.getVersion() != expectedVersion) {
            throw new StaleDataException("round.stale");
        }
        return round;
    }

    private RoundProgress progress(ScoringRoundEntity round, List<ScoreBallotEntity> all) {
        List<String> keys = round.getItems().stream().map(i -> i.toItem().key()).toList();
        int criteria = round.getCriteria().size();
        List<RoundProgress.MemberProgress> perMember = new ArrayList<>();
        Map<String, int[]> perSector = new TreeMap<>();
        int done = 0;
        for (ScoreBallotEntity ballot : all) {
            int itemsDone = ballot.itemsDone(keys, criteria);
            perMember.add(new RoundProgress.MemberProgress(ballot.getMemberUsername(), ballot.getMemberName(),
                    ballot.getSectorCode(), itemsDone));
            int[] sector = perSector.computeIfAbsent(ballot.getSectorCode(), s -> new int[2]);
            sector[0]++;
            if (itemsDone == keys.size()) {
                sector[1]++;
                done++;
            }
        }
        List<RoundProgress.SectorProgress> sectors = perSector.entrySet().stream()
                .map(e -> new RoundProgress.SectorProgress(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new RoundProgress(round.id(), keys.size(), all.size(), done, perMember, sectors);
    }

    private ScoringRound toRound(ScoringRoundEntity e) {
        List<ScoreBallotEntity> all = ballots.findByRoundIdOrderBySectorCodeAscMemberNameAsc(e.id());
        List<String> sectors = all.stream().map(ScoreBallotEntity::getSectorCode).distinct().sorted().toList();
        return new ScoringRound(e.id(), e.getTitle(), e.getStatus(), e.getFrameworkVersionId(), e.getFrameworkNumber(),
                e.getDeadline(), e.getRevealMode(), e.getQuorum(), e.getItems().stream().map(RoundItemEntity::toItem).toList(),
                e.getCriteria().stream().map(RoundCriterionEntity::toCriterion).toList(), e.boosts(), sectors, all.size(),
                e.getOpenedBy(), e.getOpenedAt(), e.getRevealedAt(), e.getRevealedBy(), e.getQuorumOverrideReason(),
                e.getVersion());
    }

    /** For the ranking: a vraagstuk's linked bouwstenen (empty for a bouwsteen, which stands for itself). */
    List<String> linkedBouwstenen(RoundItem item) {
        if (item.kind() == RoundItemKind.BOUWSTEEN) {
            return List.of(item.code());
        }
        return vraagstukken.find(item.code()).map(Vraagstuk::bouwstenen).map(s -> s.stream().sorted().toList()).orElse(List.of());
    }

}
