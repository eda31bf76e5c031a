package nl.tafelwerk.assessment.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tafelwerk.assessment.WsjfPart;
import nl.tafelwerk.shared.DomainException;

/**
 * Everything a revealed (or what-if) round holds, checked once: items, criteria with weights, members, their
 * scores and skips, and the framework's boosts. Refusals are {@link DomainException}s with a Dutch message key;
 * a refused input leaves nothing half-built.
 */
public record RoundScores(List<AssessedItem> items, List<Criterion> criteria, List<Member> members, List<Score> scores,
                          List<Skip> skips, Boosts boosts) {

    /** Marks "no score" in the dense score table. */
    static final int MISSING = Integer.MIN_VALUE;

    public RoundScores {
        items = List.copyOf(items);
        criteria = List.copyOf(criteria);
        members = List.copyOf(members);
        scores = List.copyOf(scores);
        skips = List.copyOf(skips);
        if (items.isEmpty()) {
            throw new DomainException("items", "analysis.items.empty");
        }
        if (members.isEmpty()) {
            throw new DomainException("members", "analysis.members.empty");
        }
        if (criteria.isEmpty()) {
            throw new DomainException("criteria", "analysis.criteria.empty");
        }
        unique(items.stream().map(AssessedItem::code).toList(), "analysis.item.duplicate");
        unique(criteria.stream().map(Criterion::code).toList(), "analysis.criterion.duplicate");
        unique(members.stream().map(Member::id).toList(), "analysis.member.duplicate");
        checkWeights(criteria);
    }

    /** A round without boosts. */
    public RoundScores(List<AssessedItem> items, List<Criterion> criteria, List<Member> members, List<Score> scores,
                       List<Skip> skips) {
        this(items, criteria, members, scores, skips, Boosts.NONE);
    }

    /** The same round with other weights (by criterion code; codes not named keep their weight). Nothing changes here. */
    public RoundScores withWeights(Map<String, Double> weights) {
        Set<String> known = new HashSet<>();
        criteria.forEach(c -> known.add(c.code()));
        for (String code : weights.keySet()) {
            if (!known.contains(code)) {
                throw new DomainException("weight", "analysis.criterion.unknown", code);
            }
        }
        List<Criterion> changed = criteria.stream()
                .map(c -> weights.containsKey(c.code()) ? c.withWeight(weights.get(c.code())) : c).toList();
        return new RoundScores(items, changed, members, scores, skips, boosts);
    }

    /** Weights must be zero or more, not all zero, and the job size must weigh something: else WSJF has no meaning. */
    static void checkWeights(List<Criterion> criteria) {
        double total = 0;
        double jobSize = 0;
        for (Criterion c : criteria) {
            if (c.weight() < 0) {
                throw new DomainException("weight", "analysis.weight.negative", c.name());
            }
            total += c.weight();
            if (c.part() == WsjfPart.JOB_SIZE) {
                jobSize += c.weight();
            }
        }
        if (total == 0) {
            throw new DomainException("weight", "analysis.weights.zero");
        }
        if (jobSize == 0) {
            throw new DomainException("weight", "analysis.wsjf.jobSize.unweighted");
        }
    }

    private static void unique(List<String> codes, String key) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new DomainException(key, code);
            }
        }
    }

    /** The scores as a dense table [member][item][criterion] with {@link #MISSING} where none, checked on the way. */
    Indexed indexed() {
        Map<String, Integer> item = index(items.stream().map(AssessedItem::code).toList());
        Map<String, Integer> criterion = index(criteria.stream().map(Criterion::code).toList());
        Map<String, Integer> member = index(members.stream().map(Member::id).toList());
        int[][][] table = new int[members.size()][items.size()][criteria.size()];
        for (int[][] perMember : table) {
            for (int[] perItem : perMember) {
                Arrays.fill(perItem, MISSING);
            }
        }
        for (Score s : scores) {
            Integer m = member.get(s.memberId());
            Integer i = item.get(s.itemCode());
            Integer c = criterion.get(s.criterionCode());
            if (m == null || i == null || c == null) {
                throw new DomainException("score", "analysis.score.unknown", s.memberId(), s.itemCode(), s.criterionCode());
            }
            Criterion crit = criteria.get(c);
            if (!crit.scale().allows(s.value())) {
                throw new DomainException("score", "analysis.score.outsideScale", s.value(), s.itemCode(), crit.name(),
                        crit.scale().values().toString());
            }
            if (table[m][i][c] != MISSING) {
                throw new DomainException("score", "analysis.score.duplicate", s.memberId(), s.itemCode(), crit.name());
            }
            table[m][i][c] = s.value();
        }
        boolean[][] skipped = new boolean[members.size()][items.size()];
        for (Skip s : skips) {
            Integer m = member.get(s.memberId());
            Integer i = item.get(s.itemCode());
            if (m == null || i == null) {
                throw new DomainException("skip", "analysis.skip.unknown", s.memberId(), s.itemCode());
            }
            for (int c = 0; c < criteria.size(); c++) {
                if (table[m][i][c] != MISSING) {
                    throw new DomainException("skip", "analysis.skip.scored", s.memberId(), s.itemCode());
                }
            }
            skipped[m][i] = true;
        }
        return new Indexed(item, criterion, member, table, skipped);
    }

    private static Map<String, Integer> index(List<String> codes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
        return index;
    }

    record Indexed(Map<String, Integer> item, Map<String, Integer> criterion, Map<String, Integer> member,
                   int[][][] scores, boolean[][] skipped) {
    }
}
