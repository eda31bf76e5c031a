package nl.tafelwerk.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads the product's texts from the {@code messages} bundles; Dutch is the default language. */
public final class Texts {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "messages";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
