package nl.tafelwerk.buildingblocks;

import java.util.List;
import java.util.stream.Collectors;
import nl.tafelwerk.shared.seed.SeedCatalog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes the bouwstenen a test created, so the shared test database holds the seed catalogue again
 * (other tests count it).
 */
public final class TestBouwstenen {

    private static final String SEED_CODES = SeedCatalog.read(new ClassPathResource("seed-catalog.json"))
            .section("bouwstenen").stream().map(item -> "'" + SeedCatalog.text(item, "code") + "'")
            .collect(Collectors.joining(","));

    private TestBouwstenen() {
    }

    public static void removeAllButTheSeed(JdbcTemplate jdbc) {
        String extra = "SELECT id FROM bouwsteen WHERE code NOT IN (" + SEED_CODES + ")";
        List<Long> ids = jdbc.queryForList(extra, Long.class);
        if (ids.isEmpty()) {
            return;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.update("DELETE FROM bouwsteen_dependency WHERE dependant_id IN (" + in + ") OR dependency_id IN (" + in + ")");
        for (String table : List.of("bouwsteen_history", "bouwsteen_sector", "bouwsteen_sector_status", "bouwsteen_maturity")) {
            jdbc.update("DELETE FROM " + table + " WHERE bouwsteen_id IN (" + in + ")");
        }
        jdbc.update("DELETE FROM bouwsteen WHERE id IN (" + in + ")");
    }
}
