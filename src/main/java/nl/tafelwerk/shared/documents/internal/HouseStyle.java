package nl.tafelwerk.shared.documents.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.tafelwerk.shared.documents.Document;

/** What the two formats share: the table's colours, the fixed words and the date as the app writes it. */
final class HouseStyle {

    /** The app's accent (tafelwerk.css --tw-accent): 10.1:1 on white. */
    static final String ACCENT = "154273";
    /** Secondary text (tafelwerk.css --tw-muted-text): 7.5:1 on white. */
    static final String MUTED = "4A5568";
    static final String TEXT = "1F2933";
    static final String RULE = "D5DBE3";
    static final String BAND = "EEF1F5";
    static final String TABLE_NAME = "Intersectorale planningstafel";

    private HouseStyle() {}

    static boolean dutch(Document document) {
        return !"en".equals(document.language().getLanguage());
    }

    static String contents(Document document) {
        return dutch(document) ? "Inhoud" : "Contents";
    }

    static String page(Document document) {
        return dutch(document) ? "pagina" : "page";
    }

    static String of(Document document) {
        return dutch(document) ? "van" : "of";
    }

    static String date(Document document) {
        return date(document.date(), document.language());
    }

    static String date(LocalDate date, Locale language) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language));
    }

    /** Characters XML 1.0 cannot carry (control characters a paste may bring) would break both formats. */
    static String xmlSafe(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(HouseStyle::allowedInXml).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
