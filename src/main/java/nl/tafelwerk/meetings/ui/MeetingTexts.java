package nl.tafelwerk.meetings.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.tafelwerk.meetings.Meeting;

/** How a meeting is named on screen: "Dinsdag 8 december 2026 · 14:00–16:00 · Utrecht". */
final class MeetingTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingTexts() {
    }

    static String when(Meeting m, Locale locale) {
        String date = DATE.withLocale(locale).format(m.startsAt());
        return Character.toUpperCase(date.charAt(0)) + date.substring(1) + " · " + TIME.format(m.startsAt()) + "–"
                + TIME.format(m.endsAt());
    }

    static String whenAndWhere(Meeting m, Locale locale) {
        return when(m, locale) + " · " + m.place();
    }

    /** A due date as the UI writes dates: "12 januari 2027". */
    static String day(java.time.LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy").withLocale(locale).format(date);
    }

    static String date(LocalDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy").withLocale(locale).format(at);
    }
}
