package nl.tafelwerk.assessment.analysis;

/**
 * An item of a round as the calculations need it.
 *
 * @param legalObligation     the item carries a legal obligation (a bouwsteen's wettelijk kader): the legal boost
 * @param dependentBouwstenen how many bouwstenen transitively need it (from the dependency graph), 0 or more
 */
public record AssessedItem(String code, String title, ItemKind kind, boolean legalObligation, int dependentBouwstenen) {

    public AssessedItem {
        if (code.isBlank()) {
            throw new IllegalArgumentException("an item needs a code");
        }
        if (dependentBouwstenen < 0) {
            throw new IllegalArgumentException("dependents cannot be negative: " + code);
        }
    }
}
