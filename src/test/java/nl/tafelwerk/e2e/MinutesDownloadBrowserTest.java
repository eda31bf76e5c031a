package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.DecisionOutcome;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.MeetingStep;
import nl.tafelwerk.meetings.NewAgendaItem;
import nl.tafelwerk.meetings.NewMeeting;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An observer downloads the minutes from the minutes page in a real browser; the files hold what was decided. */
class MinutesDownloadBrowserTest extends BrowserTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anObserverDownloadsTheMinutesAsPdfAndWord() throws Exception {
        Meeting m = meetingWithMinutes();
        Page page = loginAs(newPage(1366, 768, 1), "waarnemer");
        open(page, "/vergaderingen/" + m.id() + "/verslag", "Verslag · Tafelwerk");
        assertThat(page.locator("#minutes-download-pdf")).hasText("Verslag als PDF");
        assertThat(page.locator("#minutes-download-docx")).hasText("Verslag als Word");
        screenshot(page, "minutes-page-downloads-waarnemer");

        Download pdf = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000), () -> page.locator("#minutes-download-pdf").click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename())
                .isEqualTo("verslag-tafelvergadering-" + m.startsAt().toLocalDate() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true);
            org.assertj.core.api.Assertions.assertThat(text.getText(doc).replaceAll("\\s+", " "))
                    .contains("Verslag tafelvergadering", "Besluitenlijst", "Ketenafspraak", "De tafel stemt in met de notitie.");
        }

        Download docx = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000), () -> page.locator("#minutes-download-docx").click());
        org.assertj.core.api.Assertions.assertThat(docx.suggestedFilename()).endsWith(".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx.path())));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            org.assertj.core.api.Assertions.assertThat(extractor.getText()).contains("Ketenafspraak",
                    "De tafel stemt in met de notitie.");
        }
    }

    private Meeting meetingWithMinutes() {
        actAs("programmabureau");
        LocalDateTime start = LocalDate.now().plusYears(7).plusDays(3).atTime(10, 0);
        Meeting m = meetings.plan(new NewMeeting(start, start.plusHours(2), "Den Haag"));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Notitie ketenafspraken", "Voorzitter", 15));
        meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);
        meetings.take(m.id(), MeetingStep.STUKKEN_VERZENDEN);
        for (String member : List.of("lid-haz", "lid-msz", "lid-lz")) {
            meetings.setPresent(m.id(), member, true);
        }
        actAs("voorzitter");
        Meeting running = meetings.take(m.id(), MeetingStep.OPENEN);
        long item = running.items().getFirst().id();
        meetings.recordDecision(m.id(), item, "Ketenafspraak vastgesteld", null, DecisionOutcome.KENNISGENOMEN);
        meetings.saveMinutes(m.id(), item, "De tafel stemt in met de notitie.", meetings.minutes(m.id(), item).version());
        SecurityContextHolder.clearContext();
        return running;
    }

    private void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
