package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.tafelwerk.agenda.AgendaImport;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.buildingblocks.BouwsteenExchange;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10: an upload over the limit, sent the way the browser sends it, to both imports. The browser's
 * own limit refuses it before sending; a client that ignores that limit (its {@code maxFileSize} removed,
 * as anyone can in the developer tools) is refused by the server, in Dutch, and nothing is imported. A
 * replay of the browser's upload request with a 200 MB body shows that the server stops reading near the
 * limit instead of taking in the whole body.
 */
class OversizedUploadBrowserTest extends BrowserTest {

    private static final String SERVER_REFUSAL = "Het bestand is groter dan 5 MB en is niet gelezen. Splits het in kleinere bestanden.";
    private static final long REPLAYED_BODY = 200L * 1024 * 1024;
    /** Headers the JDK client sets itself and refuses to take from us. */
    private static final Set<String> OWN_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade");

    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    BouwsteenService bouwstenen;

    @Test
    void anOversizedAgendaImportIsRefusedInDutchAndNothingIsImported() {
        long before = vraagstukken.count();
        Page page = openImport("/voorraadagenda", "#agenda-import");
        refusedByTheBrowserThenByTheServer(page, new ImportDialog("agenda", "#agenda-import-upload",
                "#agenda-import-file-problems", "#agenda-import-commit", "code;titel;type\n", AgendaImport.MAX_BYTES,
                "Dit bestand wordt niet aangenomen: kies een .csv- of .xlsx-bestand van hoogstens 5 MB."));
        assertThat(vraagstukken.count()).as("nothing imported").isEqualTo(before);
    }

    @Test
    void anOversizedBouwsteenImportIsRefusedInDutchAndNothingIsImportedAndTheServerStopsReadingEarly() throws Exception {
        long before = bouwstenen.count();
        Page page = openImport("/bouwstenen", "#import-open");
        Request upload = refusedByTheBrowserThenByTheServer(page, new ImportDialog("bouwstenen", "#import-upload",
                "#import-summary", "#import-commit", "code;naam;type\n", BouwsteenExchange.MAX_BYTES,
                "Het bestand is te groot."));
        assertThat(bouwstenen.count()).as("nothing imported").isEqualTo(before);

        // The same request again, as the browser made it, but with a 200 MB body.
        page.evaluate("() => document.querySelector('#import-summary').textContent = ''");
        long taken = replayWithBody(page, upload, REPLAYED_BODY);
        System.out.printf(Locale.ROOT, "Oversized upload: the server took %.1f MiB of a %d MiB body before it stopped%n",
                taken / 1048576.0, REPLAYED_BODY / 1048576);
        assertThat(taken).as("bytes the server took in before refusing (limit %d)", BouwsteenExchange.MAX_BYTES)
                .isLessThan(REPLAYED_BODY / 4);
        assertThat(page.locator("#import-summary")).hasText(SERVER_REFUSAL);
        assertThat(bouwstenen.count()).isEqualTo(before);
    }

    /** An import dialog: its upload, where it shows a refusal, its commit button, a header its import reads, its limit. */
    private record ImportDialog(String name, String upload, String message, String commit, String header, long maxBytes,
                                String browserRefusal) {
    }

    private Page openImport(String view, String openButton) {
        Page page = loginAs("voorzitter");
        page.navigate(url(view));
        hideDevelopmentTools(page);
        page.locator(openButton).click();
        return page;
    }

    /**
     * A file one byte over the limit: refused by the browser without sending, then, with the browser's limit
     * removed, sent and refused by the server; nothing to import. Returns the browser's upload request.
     */
    private static Request refusedByTheBrowserThenByTheServer(Page page, ImportDialog dialog) {
        List<Request> uploads = uploadsOf(page);
        chooseFile(page, dialog.upload(), csv(dialog.header(), dialog.maxBytes() + 1));
        assertThat(page.locator(dialog.message())).containsText(dialog.browserRefusal());
        assertThat(uploads).as("the browser's own limit: nothing sent").isEmpty();

        dropTheBrowsersLimit(page, dialog.upload());
        chooseFile(page, dialog.upload(), csv(dialog.header(), dialog.maxBytes() + 1));
        assertThat(page.locator(dialog.message())).containsText(SERVER_REFUSAL);
        assertThat(page.locator(dialog.upload() + " vaadin-upload-file")).containsText("Het bestand is te groot.");
        screenshot(page, "upload-te-groot-" + dialog.name());
        assertThat(uploads).as("sent anyway, refused by the server").hasSize(1);
        assertThat(page.locator(dialog.commit())).isDisabled();
        return uploads.getFirst();
    }

    /** Vaadin's development-mode tools (tests run in development mode) sit over the page's lower right corner. */
    private static void hideDevelopmentTools(Page page) {
        page.addStyleTag(new Page.AddStyleTagOptions()
                .setContent("vaadin-dev-tools, copilot-main { display: none !important; }"));
    }

    private static List<Request> uploadsOf(Page page) {
        List<Request> uploads = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().contains("/VAADIN/dynamic/")) {
                uploads.add(request);
            }
        });
        return uploads;
    }

    private static void chooseFile(Page page, String upload, byte[] content) {
        page.locator(upload + " input[type=file]").setInputFiles(new FilePayload("te-groot.csv", "text/csv", content));
    }

    /** What anyone can do in the browser's developer tools: the component's limit is only a courtesy. */
    private static void dropTheBrowsersLimit(Page page, String upload) {
        page.evaluate("selector => { const u = document.querySelector(selector); u.maxFileSize = Infinity; u.files = []; }",
                upload);
    }

    /** A CSV of exactly {@code size} bytes: the header, then rows that would import if they were read. */
    private static byte[] csv(String header, long size) {
        StringBuilder text = new StringBuilder(header);
        int row = 0;
        while (text.length() < size) {
            text.append("GROOT-").append(++row).append(";Rij ").append(row).append(";norm\n");
        }
        text.setLength((int) size);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Sends the browser's upload request (its address, headers and cookies) with a body of {@code size}
     * bytes and returns how many bytes the server took before it answered or closed the connection.
     */
    private static long replayWithBody(Page page, Request browserUpload, long size) throws InterruptedException {
        AtomicLong taken = new AtomicLong();
        InputStream body = new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long left = size - taken.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                taken.addAndGet(n);
                return n;
            }
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browserUpload.url()))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), size));
        for (Map.Entry<String, String> header : browserUpload.allHeaders().entrySet()) {
            if (!OWN_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT)) && !header.getKey().startsWith(":")
                    && !header.getKey().equalsIgnoreCase("cookie")) {
                request.header(header.getKey(), header.getValue());
            }
        }
        List<Cookie> cookies = page.context().cookies(browserUpload.url());
        request.header("Cookie", cookies.stream().map(c -> c.name + "=" + c.value).collect(Collectors.joining("; ")));
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("Oversized upload answered " + response.statusCode() + " " + response.body());
        } catch (IOException closedWhileSending) {
            System.out.println("Oversized upload: connection closed while sending (" + closedWhileSending + ")");
        }
        return taken.get();
    }
}
