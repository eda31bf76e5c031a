package nl.tafelwerk.meetings;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentBlock;
import nl.tafelwerk.shared.documents.DocumentBlock.Heading;
import nl.tafelwerk.shared.documents.DocumentBlock.MarkdownText;
import nl.tafelwerk.shared.documents.DocumentBlock.Table;
import nl.tafelwerk.shared.documents.DocumentRenderer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes (verslag) of a meeting as a document in the table's house style, for PDF and Word: the meeting,
 * attendance with quorum, the besluitenlijst, the actielijst and the minutes text per agenda item. Whoever may
 * read the minutes may download them (every signed-in role, observers included, as {@link MeetingService}
 * reads). The document is Dutch whatever the reader's screen language: it is what the table sends.
 */
@Service
public class MinutesExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Document.DUTCH);
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", Document.DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final String NO_MINUTES_YET = "Nog geen verslag: voor geen enkel agendapunt is verslagtekst opgeslagen.";
    static final String NO_ITEM_MINUTES = "_Nog geen verslag voor dit agendapunt._";

    private final MeetingService meetings;
    private final DocumentRenderer renderer;
    private final ResourceBundle dutch = ResourceBundle.getBundle("messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    MinutesExport(MeetingService meetings, DocumentRenderer renderer) {
        this.meetings = meetings;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(long meetingId) {
        return renderer.pdf(document(meetingId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] docx(long meetingId) {
        return renderer.docx(document(meetingId));
    }

    /** "verslag-tafelvergadering-2027-01-15.pdf" */
    public String fileName(Meeting meeting, String extension) {
        return "verslag-tafelvergadering-" + FILE_DAY.format(meeting.startsAt()) + "." + extension;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Document document(long meetingId) {
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new nl.tafelwerk.shared.DomainException("meeting.unknown", meetingId));
        List<Decision> decisions = meetings.decisions(meetingId);
        List<MeetingAction> actions = meetings.actions(meetingId);
        List<DocumentBlock> blocks = new ArrayList<>();

        blocks.add(new Heading(1, "Vergadering"));
        blocks.add(new Table("", List.of("Gegeven", "Waarde"), List.of(
                List.of("Datum", capitalised(DAY.format(meeting.startsAt()))),
                List.of("Tijd", TIME.format(meeting.startsAt()) + "–" + TIME.format(meeting.endsAt())),
                List.of("Plaats", meeting.place()),
                List.of("Status", text(meeting.state().messageKey())),
                List.of("Agendapunten", String.valueOf(meeting.items().size())))));

        blocks.add(new Heading(1, "Aanwezigheid"));
        Quorum quorum = meetings.quorum(meetingId);
        blocks.add(new MarkdownText(quorum.reached()
                ? "**Quorum bereikt**: alle deelnemende sectoren waren aanwezig (" + plain(String.join(", ",
                quorum.participatingSectors())) + ")."
                : "**Quorum niet bereikt**: geen lid aanwezig van " + plain(String.join(", ", quorum.missing()))
                + ". Waarnemers en stelselpartijen tellen niet mee."));
        List<List<String>> present = meetings.attendance(meetingId).stream()
                .filter(Attendance::present)
                .map(a -> List.of(a.displayName(), text("role." + a.role().name()), a.sectorCode() == null ? "–" : a.sectorCode()))
                .toList();
        if (present.isEmpty()) {
            blocks.add(new MarkdownText("Er is (nog) geen aanwezigheid geregistreerd."));
        } else {
            blocks.add(new Table("Aanwezig", List.of("Naam", "Rol", "Sector"), present));
        }

        blocks.add(new Heading(1, "Besluitenlijst"));
        if (decisions.isEmpty()) {
            blocks.add(new MarkdownText("Er zijn in deze vergadering geen besluiten vastgelegd."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Decision d : decisions) {
                rows.add(List.of(String.valueOf(n++), itemTitle(meeting, d.itemId()), d.text(),
                        text(d.outcome().messageKey()), d.vraagstukCode() == null ? "–" : d.vraagstukCode()));
            }
            blocks.add(new Table("", List.of("Nr.", "Agendapunt", "Besluit", "Uitkomst", "Vraagstuk"), rows));
        }

        blocks.add(new Heading(1, "Actielijst"));
        if (actions.isEmpty()) {
            blocks.add(new MarkdownText("Er zijn in deze vergadering geen acties afgesproken."));
        } else {
            blocks.add(new Table("", List.of("Actie", "Eigenaar", "Sector", "Uiterlijk", "Status", "Agendapunt"),
                    actions.stream().map(a -> List.of(a.description(), a.ownerName(),
                            a.ownerSector() == null ? "–" : a.ownerSector(), DUE.format(a.dueDate()),
                            text(a.status().messageKey()), itemTitle(meeting, a.itemId()))).toList()));
        }

        blocks.add(new Heading(1, "Verslag per agendapunt"));
        List<ItemMinutes> texts = meeting.items().stream().map(i -> meetings.minutes(meetingId, i.id())).toList();
        if (texts.stream().allMatch(t -> t.text().isBlank())) {
            blocks.add(new MarkdownText(NO_MINUTES_YET));
        }
        if (meeting.items().isEmpty()) {
            blocks.add(new MarkdownText("Deze vergadering heeft geen agendapunten."));
        }
        for (int i = 0; i < meeting.items().size(); i++) {
            AgendaItem item = meeting.items().get(i);
            blocks.add(new Heading(2, item.position() + ". " + item.title()));
            String about = "Soort: " + text(item.kind().messageKey())
                    + (item.reference() == null ? "" : " (" + item.reference() + ")")
                    + (item.presenter() == null ? "" : " · presentatie: " + item.presenter())
                    + " · gepland " + item.plannedMinutes() + " min";
            blocks.add(new MarkdownText("*" + plain(about) + "*"));
            String minutes = texts.get(i).text();
            blocks.add(new MarkdownText(minutes.isBlank() ? NO_ITEM_MINUTES : asMarkdown(minutes)));
        }

        String version = meeting.state().isFrozen()
                ? "Vastgesteld (versie 1)"
                : "Concept — nog niet vastgesteld";
        return new Document("Verslag tafelvergadering " + DUE.format(meeting.startsAt()),
                capitalised(DAY.format(meeting.startsAt())) + " · " + TIME.format(meeting.startsAt()) + "–"
                        + TIME.format(meeting.endsAt()) + " · " + meeting.place(),
                version, meeting.startsAt().toLocalDate(), Document.DUTCH, blocks);
    }

    /**
     * Minutes are typed in a plain text area (and prefilled one decision or action per line), so a line break
     * is meant as one; Markdown would join such lines into one paragraph. Two trailing spaces make each a hard
     * break inside a paragraph and change nothing at the end of a list item, heading or table row.
     */
    public static String asMarkdown(String minutes) {
        return minutes.lines().map(line -> line.isBlank() ? "" : line + "  ").collect(java.util.stream.Collectors.joining("\n"));
    }

    private String itemTitle(Meeting meeting, long itemId) {
        return meeting.item(itemId).map(i -> i.position() + ". " + i.title()).orElse("–");
    }

    private String text(String key) {
        return dutch.containsKey(key) ? dutch.getString(key) : key;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Data written into a Markdown line (names, places) must not turn into formatting or links. */
    static String plain(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if ("\\`*_{}[]<>()#+-.!|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
