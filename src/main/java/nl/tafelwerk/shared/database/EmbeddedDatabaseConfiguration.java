package nl.tafelwerk.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and points the data source at it, logged in with the password kept in
 * its data folder. Active in the demo profile and in tests; the {@code mariadb} profile switches it
 * off and uses a real server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tafelwerk.embedded-db.enabled", havingValue = "true")
@EnableConfigurationProperties(EmbeddedDbProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDbProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("tafelwerk-embedded");
        return dataSource;
    }
}
