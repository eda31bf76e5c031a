package nl.tafelwerk.shared;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The HTTP request this thread is serving, wherever it came in: through Spring's request context (every
 * request that passed the servlet filters), else Vaadin's current request (a push message over the
 * websocket reaches Vaadin without passing the filters). One place for the audit log, the login throttle
 * and the session bookkeeping to ask "who is calling from where".
 *
 * <p>The address is the request's remote address as the server sees it. Behind a proxy it is the
 * client's only when forwarded headers are trusted ({@code server.forward-headers-strategy=native}, see
 * README): then Tomcat's {@code RemoteIpValve} has already put the forwarded address there. Forwarded
 * headers are never read here, so a client cannot choose its own address.
 */
public final class CurrentRequest {

    private CurrentRequest() {
    }

    /** The request of this thread, or {@code null} outside a request (a scheduled job, a test). */
    public static @Nullable HttpServletRequest get() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        return VaadinServletRequest.getCurrent();
    }

    /** The client's address as the server sees it, or {@code null} outside a request. */
    public static @Nullable String clientAddress() {
        HttpServletRequest request = get();
        return request == null ? null : request.getRemoteAddr();
    }

    /** The request's HTTP session if it has one; never creates one. */
    public static @Nullable HttpSession session() {
        HttpServletRequest request = get();
        return request == null ? null : request.getSession(false);
    }
}
