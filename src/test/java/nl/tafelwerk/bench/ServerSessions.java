package nl.tafelwerk.bench;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/** The embedded Tomcat's sessions, to end them the way its idle-session expiry does. */
public final class ServerSessions {

    private final Manager manager;

    private ServerSessions(Manager manager) {
        this.manager = manager;
    }

    public static ServerSessions of(ApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
        return new ServerSessions(webapp.getManager());
    }

    /** Expires the session as Tomcat's background expiry does once it has been idle too long. */
    public boolean expire(String sessionId) {
        try {
            Session session = manager.findSession(sessionId);
            if (session == null) {
                return false;
            }
            session.expire();
            return true;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Expires every session the server holds now. */
    public int expireAll() {
        Session[] sessions = manager.findSessions();
        for (Session session : sessions) {
            session.expire();
        }
        return sessions.length;
    }

    /** An attribute of a live session, e.g. the security context stored in it; null if there is no such session. */
    public @org.jspecify.annotations.Nullable Object attribute(String sessionId, String name) {
        try {
            Session session = manager.findSession(sessionId);
            return session == null ? null : session.getSession().getAttribute(name);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The idle time after which the server expires a session. */
    public int timeoutMinutes() {
        return ((Context) manager.getContext()).getSessionTimeout();
    }

    public int count() {
        return manager.getActiveSessions();
    }
}
