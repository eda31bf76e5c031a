package nl.tafelwerk.assessment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.assessment.WsjfPart;
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

/** A revealed round of synthetic but plausible data for the panels' tests and the preview route. */
public final class SampleRound {

    public static final List<AssessedItem> ITEMS = List.of(
            new AssessedItem("VS-01", "Eenduidige medicatieoverdracht tussen huisarts en ziekenhuis", ItemKind.VRAAGSTUK, true, 0),
            new AssessedItem("VS-02", "Beelden delen in de regio", ItemKind.VRAAGSTUK, false, 0),
            new AssessedItem("VS-03", "Verpleegkundige overdracht naar de langdurige zorg", ItemKind.VRAAGSTUK, false, 0),
            new AssessedItem("VS-04", "Acute zorg: gegevens <direct> beschikbaar & \"actueel\"", ItemKind.VRAAGSTUK, false, 0),
            new AssessedItem("VS-05", "Preventie: leefstijlgegevens delen", ItemKind.VRAAGSTUK, false, 0),
            new AssessedItem("VS-06", "Zorgverlenersregister koppelen", ItemKind.VRAAGSTUK, false, 0),
            new AssessedItem("VS-07", "Toestemming vastleggen en raadplegen", ItemKind.VRAAGSTUK, true, 0),
            new AssessedItem("MITZ", "Mitz toestemmingsvoorziening", ItemKind.BOUWSTEEN, true, 4),
            new AssessedItem("TWIIN", "Twiin portaal", ItemKind.BOUWSTEEN, false, 2),
            new AssessedItem("LSP", "Landelijk schakelpunt", ItemKind.BOUWSTEEN, false, 3));

    public static final List<Criterion> CRITERIA = List.of(
            new Criterion("S-PORT", "Past in portfoliohuis", 1, WsjfPart.BUSINESS_VALUE, ScoreScale.FIBONACCI),
            new Criterion("S-INTER", "Intersectorale impact", 1.5, WsjfPart.BUSINESS_VALUE, ScoreScale.FIBONACCI),
            new Criterion("S-URG", "Urgentie", 1, WsjfPart.TIME_CRITICALITY, ScoreScale.FIBONACCI),
            new Criterion("S-VOORW", "Randvoorwaarde voor vervolg", 1, WsjfPart.RISK_REDUCTION, ScoreScale.FIBONACCI),
            new Criterion("S-OMVANG", "Omvang", 1, WsjfPart.JOB_SIZE, ScoreScale.FIBONACCI));

    private SampleRound() {
    }

    public static RoundScores scores() {
        String[] sectors = {"HAZ", "HAZ", "MSZ", "MSZ", "LZ", "LZ", "VWS", "NICTIZ", "LZ"};
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < sectors.length; m++) {
            members.add(new Member("lid-" + m, "Lid " + (m + 1) + " (" + sectors[m] + ")", sectors[m]));
        }
        List<Integer> scale = ScoreScale.FIBONACCI.values();
        Random random = new Random(11);
        List<Score> scores = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            AssessedItem item = ITEMS.get(i);
            int centre = 1 + (i * 3) % (scale.size() - 2);
            for (Member member : members) {
                if ((i + member.id().hashCode()) % 11 == 0) {
                    skips.add(new Skip(member.id(), item.code(), "geen zicht op"));
                    continue;
                }
                for (Criterion criterion : CRITERIA) {
                    int index = Math.max(0, Math.min(scale.size() - 1, centre + random.nextInt(3) - 1
                            + (criterion.code().equals("S-URG") ? (i % 3) - 1 : 0)));
                    scores.add(new Score(member.id(), item.code(), criterion.code(), scale.get(index)));
                }
            }
        }
        return new RoundScores(ITEMS, CRITERIA, members, scores, skips, new Boosts(5, 1));
    }

    public static RoundAnalysis analysis() {
        List<ConsensusScore> consensus = new ArrayList<>();
        for (Criterion criterion : CRITERIA) {
            consensus.add(new ConsensusScore("MITZ", criterion.code(), criterion.part() == WsjfPart.JOB_SIZE ? 8 : 5));
        }
        return RoundAnalysis.of(scores(), consensus);
    }
}
