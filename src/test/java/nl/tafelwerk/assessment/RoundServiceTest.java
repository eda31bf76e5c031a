package nl.tafelwerk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.assessment.internal.FrameworkVersionEntity;
import nl.tafelwerk.assessment.internal.FrameworkVersionRepository;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Opening, scoring, skipping, closing and revealing a round, and every refusal with its Dutch message key and field. */
@TafelwerkTest
@Transactional // rolled back: other test classes list the rounds and the framework versions
class RoundServiceTest {

    @Autowired
    nl.tafelwerk.identity.UserService userService;
    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    FrameworkVersionRepository versions;
    @Autowired
    UserDetailsService users;
    RoundTestSupport support;

    @BeforeEach
    void setUp() {
        support = new RoundTestSupport(users, rounds, frameworks);
        support.onlyTheDemoMembersScore(userService);
    }

    @AfterEach
    void tearDown() {
        rounds.useClock(Clock.systemUTC());
        RoundTestSupport.nobody();
    }

    @Test
    void aRoundKeepsTheCriteriaOfItsVersionItsItemsAndItsMembers() {
        ScoringRound round = support.open("Ronde test");
        support.actAs("waarnemer");
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.items()).extracting(RoundItem::code).containsExactly("VS-01", "MITZ");
        assertThat(round.criteria()).isEqualTo(support.framework().criteria());
        assertThat(round.frameworkNumber()).isEqualTo(support.framework().number());
        assertThat(round.sectors()).containsExactly("HAZ", "MSZ");
        assertThat(round.members()).isEqualTo(2);
    }

    @Test
    void publishingANewerVersionNeverChangesAnOpenRound() {
        ScoringRound round = support.open("Ronde voor versie 1");
        support.actAs("waarnemer");
        FrameworkVersion before = support.framework();
        List<ScoredCriterion> changed = new ArrayList<>();
        for (ScoredCriterion c : before.criteria()) {
            changed.add(new ScoredCriterion(c.code(), c.name() + " (herzien)", c.description(), new ScoreScale(List.of(1, 2, 3)),
                    c.weight().add(BigDecimal.ONE), c.part()));
        }
        changed.add(new ScoredCriterion("S-NIEUW", "Nieuw criterium", "", ScoreScale.FIBONACCI, BigDecimal.ONE, WsjfPart.BUSINESS_VALUE));
        versions.saveAndFlush(new FrameworkVersionEntity(before.number() + 1, LocalDate.now(), Instant.now(), "Test",
                before.gates(), changed, new WsjfBoosts(BigDecimal.TEN, BigDecimal.TEN)));
        support.actAs("waarnemer");
        assertThat(frameworks.current().orElseThrow().number()).isEqualTo(before.number() + 1);

        ScoringRound after = rounds.find(round.id()).orElseThrow();
        assertThat(after.criteria()).isEqualTo(before.criteria());
        assertThat(after.frameworkNumber()).isEqualTo(before.number());
        assertThat(after.boosts()).isEqualTo(before.boosts());
        // a value only the newer scale allows for the same code is still judged on the round's own scale
        support.actAs("lid-haz");
        RoundBallot ballot = rounds.myBallot(round.id()).orElseThrow();
        String first = before.criteria().getFirst().code();
        RoundBallot saved = rounds.score(round.id(), RoundTestSupport.VS01, Map.of(first, new RoundScore(13, null)), ballot.version());
        assertThat(saved.scores().get(RoundTestSupport.VS01).get(first).value()).isEqualTo(13);
        assertThatThrownBy(() -> rounds.score(round.id(), RoundTestSupport.VS01,
                Map.of("S-NIEUW", new RoundScore(5, null)), saved.version()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "round.criterion.unknown");
    }

    @Test
    void aRoundWithoutItemsOrWithoutMembersOrWithAPastDeadlineIsRefusedAtItsField() {
        support.actAs("programmabureau");
        RoundOpening good = support.opening("Ronde", Set.of(), RoundQuorum.EVERY_SECTOR);
        assertRefused(() -> rounds.open(new RoundOpening("Ronde", List.of(), good.frameworkVersionId(), good.deadline(),
                good.revealMode(), good.quorum(), Set.of())), "items", "round.items.required");
        assertRefused(() -> rounds.open(support.opening("Ronde", Set.of("GGZ"), RoundQuorum.EVERY_SECTOR)),
                "sectors", "round.members.required");
        assertRefused(() -> rounds.open(new RoundOpening("Ronde", good.items(), good.frameworkVersionId(),
                Instant.now().minusSeconds(60), good.revealMode(), good.quorum(), Set.of())), "deadline", "round.deadline.past");
        assertRefused(() -> rounds.open(new RoundOpening(" ", good.items(), good.frameworkVersionId(), good.deadline(),
                good.revealMode(), good.quorum(), Set.of())), "title", "round.title.required");
        assertRefused(() -> rounds.open(new RoundOpening("Ronde", List.of(new RoundItemRef(RoundItemKind.BOUWSTEEN, "BESTAAT-NIET")),
                good.frameworkVersionId(), good.deadline(), good.revealMode(), good.quorum(), Set.of())), "items", "round.items.unknown");
        assertRefused(() -> rounds.open(new RoundOpening("Ronde", good.items(), 999_999L, good.deadline(), good.revealMode(),
                good.quorum(), Set.of())), "framework", "round.framework.unknown");
        assertThat(rounds.all()).noneMatch(r -> r.title().equals("Ronde"));
    }

    @Test
    void aScoreOffTheScaleIsRefusedAtItsCriterionAndNothingOfThatItemIsSaved() {
        ScoringRound round = support.open("Ronde schaal");
        support.actAs("lid-haz");
        RoundBallot ballot = rounds.myBallot(round.id()).orElseThrow();
        ScoredCriterion first = round.criteria().get(0);
        ScoredCriterion second = round.criteria().get(1);
        assertRefused(() -> rounds.score(round.id(), RoundTestSupport.VS01, Map.of(first.code(), new RoundScore(5, "goed"),
                second.code(), new RoundScore(4, null)), ballot.version()), "score." + second.code(), "round.score.offScale");
        assertRefused(() -> rounds.score(round.id(), RoundTestSupport.VS01, Map.of(first.code(), new RoundScore(0, null)),
                ballot.version()), "score." + first.code(), "round.score.offScale");
        RoundBallot after = rounds.myBallot(round.id()).orElseThrow();
        assertThat(after.scores()).isEmpty();
        assertThat(after.version()).isEqualTo(ballot.version());
    }

    @Test
    void aMemberSkipsAnItemWithAReasonAndSkippingWithoutOneIsRefused() {
        ScoringRound round = support.open("Ronde overslaan");
        support.actAs("lid-msz");
        RoundBallot ballot = rounds.myBallot(round.id()).orElseThrow();
        assertRefused(() -> rounds.skip(round.id(), RoundTestSupport.MITZ, "  ", ballot.version()), "skipReason",
                "round.skip.reasonRequired");
        RoundBallot skipped = rounds.skip(round.id(), RoundTestSupport.MITZ, "geen zicht op", ballot.version());
        assertThat(skipped.skipped()).containsEntry(RoundTestSupport.MITZ, "geen zicht op");
        assertThat(skipped.itemsDone(round)).isEqualTo(1);
        support.actAs("waarnemer");
        assertThat(rounds.progress(round.id()).perMember()).filteredOn(m -> m.username().equals("lid-msz"))
                .singleElement().extracting(RoundProgress.MemberProgress::itemsDone).isEqualTo(1);
    }

    @Test
    void aSecondSaveAgainstTheSameBallotVersionIsRefusedNotOverwritten() {
        ScoringRound round = support.open("Ronde twee tabbladen");
        support.actAs("lid-haz");
        RoundBallot loaded = rounds.myBallot(round.id()).orElseThrow();
        String code = round.criteria().getFirst().code();
        rounds.score(round.id(), RoundTestSupport.VS01, Map.of(code, new RoundScore(8, "tab 1")), loaded.version());
        assertThatThrownBy(() -> rounds.score(round.id(), RoundTestSupport.VS01, Map.of(code, new RoundScore(2, "tab 2")),
                loaded.version())).isInstanceOf(StaleDataException.class)
                .hasFieldOrPropertyWithValue("messageKey", "round.ballot.stale");
        assertThat(rounds.myBallot(round.id()).orElseThrow().scores().get(RoundTestSupport.VS01).get(code))
                .isEqualTo(new RoundScore(8, "tab 1"));
    }

    @Test
    void scoringAfterTheDeadlineAfterClosingOrAfterTheRevealIsRefused() {
        ScoringRound round = support.open("Ronde deadline");
        support.actAs("lid-haz");
        RoundBallot ballot = rounds.myBallot(round.id()).orElseThrow();
        Map<String, RoundScore> scores = RoundTestSupport.all(round, 5, "x");
        rounds.useClock(RoundTestSupport.after(round.deadline()));
        assertRefused(() -> rounds.score(round.id(), RoundTestSupport.VS01, scores, ballot.version()), null, "round.deadline.passed");
        assertRefused(() -> rounds.skip(round.id(), RoundTestSupport.VS01, "reden", ballot.version()), null, "round.deadline.passed");
        rounds.useClock(Clock.systemUTC());

        support.actAs("programmabureau");
        ScoringRound closed = rounds.close(round.id(), round.version());
        support.actAs("lid-haz");
        assertRefused(() -> rounds.score(round.id(), RoundTestSupport.VS01, scores, ballot.version()), null, "round.closed");
        support.actAs("programmabureau");
        rounds.reopen(round.id(), closed.version());

        support.scoreAll(round, "lid-haz", 5, "x");
        support.scoreAll(round, "lid-msz", 8, "y");
        support.reveal(round);
        support.actAs("lid-haz");
        RoundBallot after = rounds.myBallot(round.id()).orElseThrow();
        assertRefused(() -> rounds.score(round.id(), RoundTestSupport.VS01, scores, after.version()), null, "round.revealed");
        support.actAs("voorzitter");
        ScoringRound revealed = rounds.find(round.id()).orElseThrow();
        assertRefused(() -> rounds.reopen(round.id(), revealed.version()), null, "round.reopen.revealed");
        assertRefused(() -> rounds.close(round.id(), revealed.version()), null, "round.revealed");
    }

    @Test
    void theRevealNeedsAScoreAndTheQuorumUnlessTheChairGivesAReason() {
        ScoringRound round = support.open("Ronde quorum");
        support.actAs("voorzitter");
        assertRefused(() -> rounds.reveal(round.id(), "toch", round.version()), null, "round.reveal.nobodyScored");
        support.scoreAll(round, "lid-haz", 5, "x");
        support.actAs("voorzitter");
        assertRefused(() -> rounds.reveal(round.id(), null, round.version()), "quorumOverrideReason", "round.quorum.notMet");
        support.actAs("programmabureau");
        assertThatThrownBy(() -> rounds.reveal(round.id(), "haast", round.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.find(round.id()).orElseThrow().status()).isEqualTo(RoundStatus.OPEN);
        support.actAs("voorzitter");
        ScoringRound revealed = rounds.reveal(round.id(), "MSZ heeft afgezien; de tafel besluit vandaag", round.version());
        assertThat(revealed.status()).isEqualTo(RoundStatus.REVEALED);
        assertThat(revealed.quorumOverrideReason()).isEqualTo("MSZ heeft afgezien; de tafel besluit vandaag");
        assertThat(revealed.revealedBy()).isNotBlank();
    }

    @Test
    void aStaleRoundVersionIsRefused() {
        ScoringRound round = support.open("Ronde versie");
        support.actAs("voorzitter");
        rounds.close(round.id(), round.version());
        assertThatThrownBy(() -> rounds.reopen(round.id(), round.version())).isInstanceOf(StaleDataException.class);
    }

    @Test
    void theChairRecordsAConsensusOnTheScaleOnlyAfterTheReveal() {
        ScoringRound round = support.open("Ronde consensus");
        String code = round.criteria().getFirst().code();
        support.scoreAll(round, "lid-haz", 5, "x");
        support.scoreAll(round, "lid-msz", 13, "y");
        support.actAs("voorzitter");
        assertRefused(() -> rounds.recordConsensus(round.id(), RoundTestSupport.VS01, code, 8, "midden"), null,
                "round.consensus.beforeReveal");
        support.reveal(round);
        support.actAs("voorzitter");
        assertRefused(() -> rounds.recordConsensus(round.id(), RoundTestSupport.VS01, code, 7, null), "consensus",
                "round.score.offScale");
        rounds.recordConsensus(round.id(), RoundTestSupport.VS01, code, 8, "midden");
        rounds.recordConsensus(round.id(), RoundTestSupport.VS01, code, 13, "toch hoog");
        support.actAs("waarnemer");
        RoundResults results = rounds.results(round.id());
        assertThat(results.consensus(RoundTestSupport.VS01, code)).get()
                .extracting(RoundConsensus::value, RoundConsensus::rationale).containsExactly(13, "toch hoog");
        assertThat(results.values(RoundTestSupport.VS01, code)).containsExactlyInAnyOrder(5, 13);
    }

    @Test
    void aSectorsOnlyRoundRevealsLabelsBySectorNotNames() {
        support.actAs("voorzitter");
        RoundOpening opening = support.opening("Ronde anoniem", Set.of("HAZ", "MSZ"), RoundQuorum.ALL_MEMBERS);
        ScoringRound round = rounds.open(new RoundOpening(opening.title(), opening.items(), opening.frameworkVersionId(),
                opening.deadline(), RoundRevealMode.SECTORS_ONLY, opening.quorum(), opening.sectors()));
        support.scoreAll(round, "lid-haz", 5, "x");
        support.scoreAll(round, "lid-msz", 8, "y");
        support.reveal(round);
        support.actAs("lid-haz");
        assertThat(rounds.results(round.id()).ballots()).extracting(RoundResults.RevealedBallot::label)
                .containsExactly("HAZ 1", "MSZ 1");
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", key)
                .hasFieldOrPropertyWithValue("field", field);
    }

}
