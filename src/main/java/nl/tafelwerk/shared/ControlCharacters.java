package nl.tafelwerk.shared;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Text typed, pasted or imported may carry invisible control characters (a NUL from a broken export,
 * a form feed from a PDF). They are refused, not stripped: stripping would change what someone typed
 * without telling them, and a NUL in a title breaks every file it is exported to. TAB, CR and LF are
 * ordinary text and stay allowed.
 */
public final class ControlCharacters {

    public static final String MESSAGE_KEY = "validation.controlCharacter";

    private ControlCharacters() {
    }

    /** The first forbidden character as "U+0000" and its 1-based position, if there is one. */
    public static Optional<DomainException> check(String field, @Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (isForbidden(ch)) {
                return Optional.of(new DomainException(field, MESSAGE_KEY, String.format("U+%04X", (int) ch), i + 1));
            }
        }
        return Optional.empty();
    }

    /** Throws the field-level problem of {@link #check}. */
    public static void require(String field, @Nullable String text) {
        Optional<DomainException> problem = check(field, text);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    static boolean isForbidden(char ch) {
        return (ch < 0x20 && ch != '\t' && ch != '\r' && ch != '\n') || ch == 0x7F;
    }
}
