package nl.tafelwerk.assessment.analysis;

/** A member taking part in a round; {@code sector} is the sector code (HAZ, MSZ, …) used for the per-sector lens. */
public record Member(String id, String displayName, String sector) {
}
