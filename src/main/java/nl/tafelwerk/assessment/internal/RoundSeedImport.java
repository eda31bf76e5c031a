package nl.tafelwerk.assessment.internal;

import tools.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.tafelwerk.assessment.FrameworkVersion;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundItemKind;
import nl.tafelwerk.assessment.RoundQuorum;
import nl.tafelwerk.assessment.RoundRevealMode;
import nl.tafelwerk.assessment.RoundScore;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only: one open scoring round on the first three vraagstukken and two bouwstenen of the catalogue, in
 * which one member has finished and another has started, so the demo shows live progress at once. Added once.
 */
@Component
class RoundSeedImport implements SeedImportStep {

    private final ScoringRoundRepository rounds;
    private final ScoreBallotRepository ballots;
    private final FrameworkVersionRepository versions;
    private final UserDirectory users;
    private final Clock clock = Clock.systemUTC();

    RoundSeedImport(ScoringRoundRepository rounds, ScoreBallotRepository ballots, FrameworkVersionRepository versions,
                    UserDirectory users) {
        this.rounds = rounds;
        this.ballots = ballots;
        this.versions = versions;
        this.users = users;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String name() {
        return "scoringsronde";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        if (rounds.count() > 0) {
            return 0;
        }
        FrameworkVersion framework = versions.findFirstByOrderByNumberDesc().map(FrameworkVersionEntity::toVersion).orElse(null);
        List<AuthenticatedUser> members = users.active().stream().filter(u -> u.role() == Role.MEMBER && u.sectorCode() != null).toList();
        if (framework == null || members.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        ScoringRoundEntity round = new ScoringRoundEntity("Prioritering voorjaar (demo)", framework.id(), framework.number(),
                now.plus(Duration.ofDays(14)), RoundRevealMode.NAMED, RoundQuorum.EVERY_SECTOR, framework.boosts(),
                "Programmabureau", now);
        int position = 0;
        for (JsonNode item : catalog.section("vraagstukken").stream().limit(3).toList()) {
            round.addItem(new RoundItemEntity(round, position++, RoundItemKind.VRAAGSTUK, SeedCatalog.text(item, "code"),
                    SeedCatalog.text(item, "title")));
        }
        for (JsonNode item : catalog.section("bouwstenen").stream().limit(2).toList()) {
            round.addItem(new RoundItemEntity(round, position++, RoundItemKind.BOUWSTEEN, SeedCatalog.text(item, "code"),
                    SeedCatalog.text(item, "name")));
        }
        position = 0;
        for (ScoredCriterion criterion : framework.criteria()) {
            round.addCriterion(new RoundCriterionEntity(round, position++, criterion));
        }
        ScoringRoundEntity saved = rounds.saveAndFlush(round);
        List<RoundItem> items = saved.getItems().stream().map(RoundItemEntity::toItem).toList();
        int index = 0;
        for (AuthenticatedUser member : members) {
            ScoreBallotEntity ballot = new ScoreBallotEntity(saved.id(), member.username(), member.displayName(),
                    Objects.requireNonNull(member.sectorCode()));
            // The first member has finished, the second has done the first item: the demo's progress starts at 1 of N.
            int itemsToScore = index == 0 ? items.size() : index == 1 ? 1 : 0;
            for (int i = 0; i < itemsToScore; i++) {
                ballot.scoreItem(items.get(i).key(), demoScores(framework, i + index), now);
            }
            ballots.save(ballot);
            index++;
        }
        return 1;
    }

    private static Map<String, RoundScore> demoScores(FrameworkVersion framework, int seed) {
        Map<String, RoundScore> scores = new LinkedHashMap<>();
        int c = 0;
        for (ScoredCriterion criterion : framework.criteria()) {
            List<Integer> scale = criterion.scale().values();
            scores.put(criterion.code(), new RoundScore(scale.get((seed * 3 + c * 5) % scale.size()), null));
            c++;
        }
        return scores;
    }
}
