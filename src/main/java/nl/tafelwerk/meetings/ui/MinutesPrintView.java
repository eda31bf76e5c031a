package nl.tafelwerk.meetings.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.meetings.AgendaItem;
import nl.tafelwerk.meetings.Attendance;
import nl.tafelwerk.meetings.Decision;
import nl.tafelwerk.meetings.ItemMinutes;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingAction;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.MinutesExport;
import nl.tafelwerk.shared.documents.DocumentRenderer;
import nl.tafelwerk.shared.documents.Markdown;

/** The minutes as one printable page: attendance, then per agenda item its decisions, actions and text. */
@Route(value = "vergaderingen/:id/verslag", autoLayout = false)
@PermitAll
public class MinutesPrintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MinutesExport export;

    MinutesPrintView(MeetingService meetings, MinutesExport export) {
        this.meetings = meetings;
        this.export = export;
        addClassName("tw-minutes-print");
        setId("minutes-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Meeting> found = event.getRouteParameters().getLong("id").flatMap(meetings::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(found.get());
    }

    private void render(Meeting m) {
        removeAll();
        add(new H1(getTranslation("meeting.minutes.title") + " · " + MeetingTexts.whenAndWhere(m, getLocale())));
        add(new Paragraph(getTranslation(m.state().isFrozen() ? "meeting.minutes.adopted" : "meeting.minutes.draft")));
        Div downloads = new Div(download(m, true), download(m, false));
        downloads.addClassName("tw-minutes-downloads");
        add(downloads);
        Long adoptedIn = m.minutesAdoptedIn();
        if (adoptedIn != null) {
            meetings.find(adoptedIn).ifPresent(next -> {
                Paragraph where = new Paragraph(getTranslation("meeting.minutes.adoptedIn",
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale()).format(next.startsAt())));
                where.setId("minutes-adopted-in");
                add(where);
            });
        }
        List<Attendance> present = meetings.attendance(m.id()).stream().filter(Attendance::present).toList();
        add(new Paragraph(getTranslation("meeting.minutes.present") + ": "
                + String.join(", ", present.stream().map(a -> a.displayName()
                + (a.sectorCode() == null ? "" : " (" + a.sectorCode() + ")")).toList())));
        List<Decision> decisions = meetings.decisions(m.id());
        List<MeetingAction> actions = meetings.actions(m.id());
        for (AgendaItem item : m.items()) {
            Div section = new Div();
            section.addClassName("tw-minutes-item");
            section.add(new H2(item.position() + ". " + item.title()));
            List<Decision> itemDecisions = decisions.stream().filter(d -> d.itemId() == item.id()).toList();
            if (!itemDecisions.isEmpty()) {
                section.add(new H3(getTranslation("meeting.mode.decisions")));
                UnorderedList list = new UnorderedList();
                itemDecisions.forEach(d -> list.add(new ListItem(getTranslation(d.outcome().messageKey()) + ": " + d.text()
                        + (d.vraagstukCode() == null ? "" : " (" + d.vraagstukCode() + ")")
                        + (d.gremiumCode() == null ? "" : " → " + d.gremiumCode()))));
                section.add(list);
            }
            List<MeetingAction> itemActions = actions.stream().filter(a -> a.itemId() == item.id()).toList();
            if (!itemActions.isEmpty()) {
                section.add(new H3(getTranslation("meeting.mode.actions")));
                UnorderedList list = new UnorderedList();
                itemActions.forEach(a -> list.add(new ListItem(a.description() + " — " + a.ownerName() + ", "
                        + getTranslation("meeting.action.dueShort", MeetingTexts.day(a.dueDate(), getLocale())))));
                section.add(list);
            }
            ItemMinutes text = meetings.minutes(m.id(), item.id());
            if (!text.text().isBlank()) {
                // the same reading of the text as the PDF and Word files
                Html minutes = new Html(Markdown.toSafeHtml(MinutesExport.asMarkdown(text.text())));
                section.add(minutes);
            }
            add(section);
        }
    }

    /** The minutes as a file, built when clicked so it holds what was saved by then. */
    private Anchor download(Meeting m, boolean pdf) {
        String extension = pdf ? "pdf" : "docx";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf ? export.pdf(m.id()) : export.docx(m.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), export.fileName(m, extension),
                    pdf ? DocumentRenderer.PDF_MEDIA_TYPE : DocumentRenderer.DOCX_MEDIA_TYPE, bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(),
                new Span(getTranslation(pdf ? "meeting.minutes.downloadPdf" : "meeting.minutes.downloadDocx")));
        link.setId("minutes-download-" + extension);
        link.addClassName("tw-download");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.minutes.title") + " · Tafelwerk";
    }
}
