package nl.tafelwerk.shared.seed;

/**
 * One feature's part of the demo import. Steps run in {@link #order()} (reference data first) and
 * must be idempotent: running the import again adds nothing and changes nothing already there.
 */
public interface SeedImportStep {

    int order();

    String name();

    /**
     * Reference data (sectors, gremia) is loaded in every profile, so a fresh production database can
     * be used at once; everything else only in the demo profile.
     */
    default boolean referenceData() {
        return false;
    }

    /** Returns how many items were added by this run. */
    int importFrom(SeedCatalog catalog);
}
