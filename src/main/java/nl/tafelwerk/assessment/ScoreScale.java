package nl.tafelwerk.assessment;

import java.util.List;

/**
 * The values a member may give on a scored criterion, ascending (for example the Fibonacci scale
 * 1, 2, 3, 5, 8, 13, 20 that the seed assumes).
 */
public record ScoreScale(List<Integer> values) {

    public static final ScoreScale FIBONACCI = new ScoreScale(List.of(1, 2, 3, 5, 8, 13, 20));

    public ScoreScale {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one value");
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                throw new IllegalArgumentException("scale values must ascend: " + values);
            }
        }
    }

    public boolean allows(int score) {
        return values.contains(score);
    }

    public int min() {
        return values.getFirst();
    }

    public int max() {
        return values.getLast();
    }
}
