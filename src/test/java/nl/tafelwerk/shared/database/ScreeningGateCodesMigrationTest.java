package nl.tafelwerk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V71 renames the screening gates a vraagstuk passed from the old enum names (G_PORT) to the framework's codes
 * (G-PORT, DD021). A database at V70 with screened vraagstukken as they were stored then is migrated on, and every
 * vraagstuk keeps each gate it passed, under the new code, with nothing lost or doubled. (V76 only creates tables.)
 */
class ScreeningGateCodesMigrationTest {

    private static final List<String> OLD_GATES = List.of("G_PORT", "G_VISIE", "G_ROADMAP", "G_INTERSECT", "G_IMPL",
            "G_BOUWSTEEN");

    @Test
    void screenedVraagstukkenKeepTheirGatesUnderTheFrameworksCodes() throws SQLException {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedDbProperties("unused",
                EmbeddedMariaDbSecurityTest.BASE_DIR, 0, "tafelwerk", true, false))) {
            migrate(db, MigrationVersion.fromVersion("70"));
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                 Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO vraagstuk (id, code, title, type, status, created_at) VALUES"
                        + " (1, 'VS-M1', 'Volledig gescreend', 'WETGEVING', 'OP_VOORRAADAGENDA', NOW(6)),"
                        + " (2, 'VS-M2', 'Half gescreend', 'WETGEVING', 'INGEDIEND', NOW(6)),"
                        + " (3, 'VS-M3', 'Niet gescreend', 'WETGEVING', 'INGEDIEND', NOW(6))");
                for (String gate : OLD_GATES) {
                    sql.executeUpdate("INSERT INTO vraagstuk_screening (vraagstuk_id, gate_code) VALUES (1, '" + gate + "')");
                }
                sql.executeUpdate("INSERT INTO vraagstuk_screening (vraagstuk_id, gate_code) VALUES (2, 'G_PORT'), (2, 'G_IMPL')");
            }

            migrate(db, MigrationVersion.LATEST);

            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                assertThat(gates(connection, 1)).containsExactlyInAnyOrder("G-PORT", "G-VISIE", "G-ROADMAP", "G-INTERSECT",
                        "G-IMPL", "G-BOUWSTEEN");
                assertThat(gates(connection, 2)).containsExactlyInAnyOrder("G-PORT", "G-IMPL");
                assertThat(gates(connection, 3)).isEmpty();
            }
        }
    }

    private static void migrate(EmbeddedMariaDb db, MigrationVersion target) {
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    private static List<String> gates(Connection connection, long vraagstuk) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT gate_code FROM vraagstuk_screening WHERE vraagstuk_id = " + vraagstuk)) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }
}
