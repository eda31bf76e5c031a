package nl.tafelwerk.buildingblocks;

/** A problem in an import file: the row (1 = header), a message key and its arguments. */
public record ImportProblem(int rowNumber, String messageKey, Object... arguments) {
}
