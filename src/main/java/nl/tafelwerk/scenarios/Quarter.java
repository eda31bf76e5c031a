package nl.tafelwerk.scenarios;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the unit of a scenario's timeline, e.g. {@code 2027-Q2}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{4})\\s*[-/ ]?\\s*[Qq]([1-4])\\s*");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** Reads {@code 2027-Q2}, {@code 2027 Q2} or {@code 2027Q2}; empty for anything else. */
    public static Optional<Quarter> parse(String text) {
        Matcher m = TEXT.matcher(text);
        return m.matches() ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    public static Quarter ofIndex(int index) {
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** Quarters counted from year 0, so differences are plain subtraction. */
    public int index() {
        return year * 4 + quarter - 1;
    }

    public Quarter plus(int quarters) {
        return ofIndex(index() + quarters);
    }

    public int quartersUntil(Quarter later) {
        return later.index() - index();
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
