package nl.tafelwerk.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a moment is shown everywhere in the product: "23 november 2026 17:05", Amsterdam time. */
public final class DateTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private DateTimes() {
    }

    public static String dateTime(Locale locale, Instant at) {
        return DATE_TIME.withLocale(locale).format(at);
    }
}
