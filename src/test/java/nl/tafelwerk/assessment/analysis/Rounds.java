package nl.tafelwerk.assessment.analysis;

import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.assessment.WsjfPart;

/** Builds small rounds for the hand-computed examples. */
final class Rounds {

    final List<AssessedItem> items = new ArrayList<>();
    final List<Criterion> criteria = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<Score> scores = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();
    final List<ConsensusScore> consensus = new ArrayList<>();
    Boosts boosts = Boosts.NONE;

    Rounds item(String code) {
        return item(code, false, 0);
    }

    Rounds item(String code, boolean legal, int dependents) {
        items.add(new AssessedItem(code, "Titel " + code, code.startsWith("VS") ? ItemKind.VRAAGSTUK : ItemKind.BOUWSTEEN,
                legal, dependents));
        return this;
    }

    Rounds criterion(String code, String name, double weight, WsjfPart part) {
        return criterion(code, name, weight, part, ScoreScale.FIBONACCI);
    }

    Rounds criterion(String code, String name, double weight, WsjfPart part, ScoreScale scale) {
        criteria.add(new Criterion(code, name, weight, part, scale));
        return this;
    }

    Rounds member(String id, String sector) {
        members.add(new Member(id, "Lid " + id, sector));
        return this;
    }

    /** Scores of one member on one item, in criterion order. */
    Rounds scores(String member, String item, int... values) {
        for (int c = 0; c < values.length; c++) {
            scores.add(new Score(member, item, criteria.get(c).code(), values[c]));
        }
        return this;
    }

    Rounds skip(String member, String item) {
        skips.add(new Skip(member, item, "geen zicht op"));
        return this;
    }

    /** Consensus of one item, in criterion order. */
    Rounds consensus(String item, double... values) {
        for (int c = 0; c < values.length; c++) {
            consensus.add(new ConsensusScore(item, criteria.get(c).code(), values[c]));
        }
        return this;
    }

    RoundScores round() {
        return new RoundScores(items, criteria, members, scores, skips, boosts);
    }

    RoundAnalysis analysis() {
        return RoundAnalysis.of(round(), consensus);
    }
}
