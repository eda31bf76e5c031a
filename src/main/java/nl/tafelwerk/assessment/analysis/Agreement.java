package nl.tafelwerk.assessment.analysis;

/**
 * Kendall's coefficient of concordance over the members' rankings of the items (DD022).
 *
 * @param w            0 (no agreement) … 1 (everyone ranks the items the same), tie-corrected
 * @param raters       members whose ranking counted (they ranked at least one item)
 * @param items        items ranked
 * @param ratersLeftOut members who ranked no item at all (skipped or left everything open)
 * @param level        W in words
 */
public record Agreement(double w, int raters, int items, int ratersLeftOut, AgreementLevel level) {
}
