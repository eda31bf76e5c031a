package nl.tafelwerk.shell;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Puts {@link DutchErrorReportValve} in place of Tomcat's own error report (also the one Spring Boot adds). */
@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after Spring Boot's customizer, which adds a plain ErrorReportValve
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> dutchErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof DutchErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new DutchErrorReportValve());
                // the host looks for a valve of this class before adding its own default
                host.setErrorReportValveClass(DutchErrorReportValve.class.getName());
            }
        });
    }
}
