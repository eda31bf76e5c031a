package nl.tafelwerk.advice.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tafelwerk.advice.VersionDiff;

/** A word-level diff: the texts split into words and the whitespace after them, compared with Myers' algorithm. */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    private WordDiff() {
    }

    public static List<VersionDiff.Part> parts(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<VersionDiff.Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(parts, VersionDiff.PartKind.SAME, a.subList(position, start));
            add(parts, VersionDiff.PartKind.REMOVED, delta.getSource().getLines());
            add(parts, VersionDiff.PartKind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(parts, VersionDiff.PartKind.SAME, a.subList(position, a.size()));
        return parts;
    }

    private static void add(List<VersionDiff.Part> parts, VersionDiff.PartKind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            text = parts.removeLast().text() + text;
        }
        parts.add(new VersionDiff.Part(kind, text));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
