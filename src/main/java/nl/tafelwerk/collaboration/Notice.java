package nl.tafelwerk.collaboration;

import java.util.List;

/**
 * One notification.
 *
 * @param kind        what it is about, for filtering and the icon, e.g. "meeting.agenda-fixed", "advice.sent"
 * @param title       one Dutch line, e.g. "Agenda vastgesteld: vergadering 12 januari"
 * @param body        a few Dutch sentences (plain text; also the e-mail body)
 * @param link        the in-app route it opens, e.g. "vergaderingen/12", without host
 * @param attachments files sent along by e-mail (e.g. the advice PDF); the app shows the link instead
 */
public record Notice(String kind, String title, String body, String link, List<Attachment> attachments) {

    public Notice {
        attachments = List.copyOf(attachments);
    }

    public Notice(String kind, String title, String body, String link) {
        this(kind, title, body, link, List.of());
    }

    public record Attachment(String fileName, String mediaType, byte[] content) {}
}
