package nl.tafelwerk.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.tafelwerk.assessment.ScoreScale;

/** A scale as stored: its ascending values separated by commas ("1,2,3,5,8,13,20"). */
public final class FrameworkScale {

    private FrameworkScale() {
    }

    public static String store(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static ScoreScale read(String stored) {
        List<Integer> values = new ArrayList<>();
        for (String part : stored.split(",")) {
            if (!part.isBlank()) {
                values.add(Integer.parseInt(part.strip()));
            }
        }
        return new ScoreScale(values);
    }
}
