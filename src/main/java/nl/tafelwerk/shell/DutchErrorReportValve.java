package nl.tafelwerk.shell;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import nl.tafelwerk.shared.Texts;

/**
 * The page Tomcat itself shows for a request it refuses before Spring and Vaadin see it (a URL with
 * {@code %00}, a malformed request line): a short Dutch page with the way back, instead of Tomcat's
 * English "HTTP Status 400 – Bad Request". Errors inside the application never reach this valve
 * with an empty body; they have their own views.
 */
public class DutchErrorReportValve extends ErrorReportValve {

    public DutchErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String title = Texts.get(Texts.DUTCH, status < 500 ? "error.http.badRequest.title" : "error.http.server.title");
        String text = Texts.get(Texts.DUTCH, status < 500 ? "error.http.badRequest.text" : "error.http.server.text");
        String back = Texts.get(Texts.DUTCH, "error.http.back");
        String page = "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title + " · Tafelwerk</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;"
                + "color:#1a1a1a;line-height:1.5}a{color:#0b5cad}</style></head><body><h1>" + title + "</h1><p>" + text
                + "</p><p><a href=\"/\">" + back + "</a></p><p style=\"color:#666\">HTTP " + status + "</p></body></html>";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed; nothing more to show
        }
    }
}
