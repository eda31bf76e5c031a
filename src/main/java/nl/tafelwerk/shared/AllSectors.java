package nl.tafelwerk.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * "Alle sectoren": a bouwsteen or vraagstuk that concerns the whole healthcare field. It is not a
 * sector of its own (no row in the sector table, nobody is bound to it) but a value the sector fields
 * of vraagstukken and bouwstenen hold, stored as {@value #CODE}, shown and exported as "Alle sectoren",
 * and matched by a filter on any one sector. It stands alone: "alle sectoren" plus named sectors is
 * refused, because it would say the same thing twice and one of the two would be forgotten on a change.
 */
public final class AllSectors {

    /** How it is stored and how the catalogue file spells it. */
    public static final String CODE = "ALL";
    public static final String MESSAGE_KEY = "sector.all";

    private AllSectors() {
    }

    public static boolean is(String code) {
        return CODE.equalsIgnoreCase(code.strip());
    }

    /** The Dutch words (what exports write), or the code, mean this concept; case and accents don't matter. */
    public static boolean isSpelledAs(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return is(t) || t.equals(Texts.get(Texts.DUTCH, MESSAGE_KEY).toLowerCase(Locale.ROOT))
                || t.equals(Texts.get(Texts.ENGLISH, MESSAGE_KEY).toLowerCase(Locale.ROOT));
    }

    /** The codes a sector field offers: "alle sectoren" first, then the sectors. */
    public static List<String> withSectors(Collection<String> sectorCodes) {
        List<String> codes = new ArrayList<>(sectorCodes.size() + 1);
        codes.add(CODE);
        sectorCodes.stream().filter(c -> !is(c)).forEach(codes::add);
        return codes;
    }

    /** True when the set both says "alle sectoren" and names sectors. */
    public static boolean mixedWithSectors(Collection<String> codes) {
        return codes.stream().anyMatch(AllSectors::is) && codes.stream().anyMatch(c -> !is(c));
    }

    /** A label for a code: "Alle sectoren" (in the given translation) or the sector's label, or the code itself. */
    public static String label(String code, Function<String, String> translation, Map<String, String> sectorLabels) {
        return is(code) ? translation.apply(MESSAGE_KEY) : sectorLabels.getOrDefault(code, code);
    }

    /** Codes as a list shows them, "Alle sectoren" (translated) for the code, comma-separated. */
    public static String join(Collection<String> codes, Function<String, String> translation) {
        return String.join(", ", codes.stream().map(c -> is(c) ? translation.apply(MESSAGE_KEY) : c).toList());
    }

    /** The Dutch words for export files: "Alle sectoren" for the code, other codes unchanged, comma-separated. */
    public static String forExport(Collection<String> codes) {
        return String.join(", ", codes.stream().map(c -> is(c) ? Texts.get(Texts.DUTCH, MESSAGE_KEY) : c).toList());
    }
}
