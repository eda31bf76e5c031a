package nl.tafelwerk.collaboration.internal;

import com.vaadin.collaborationengine.CollaborationEngineConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's settings: it delivers topic changes to the UIs through our {@link DispatchExecutor}
 * instead of an anonymous pool of its own, so the work is named in thread dumps, counted, and a
 * delivery to a session that closed meanwhile is dropped quietly.
 */
@Configuration
class EngineConfiguration {

    @Bean(destroyMethod = "shutdown")
    DispatchExecutor collaborationDispatchExecutor() {
        return new DispatchExecutor(Runtime.getRuntime().availableProcessors());
    }

    @Bean
    CollaborationEngineConfiguration collaborationEngineConfiguration(DispatchExecutor dispatchExecutor) {
        CollaborationEngineConfiguration configuration = new CollaborationEngineConfiguration();
        configuration.setExecutorService(dispatchExecutor);
        return configuration;
    }
}
