package nl.tafelwerk.advice;

/**
 * One source a section rests on, computed from the source when read (a live reference, not a copy).
 *
 * @param key         stable identity of the source within the section, e.g. "scenario:SC-01"
 * @param label       what to show, e.g. "SC-01 · Gefaseerde invoering"
 * @param link        in-app route of the source without host, e.g. "scenarios/SC-01"
 * @param summary     a short Markdown summary of what the section takes from it
 * @param fingerprint a hash of the source's content as the section uses it; changes when that content changes
 */
public record SourceReference(String key, SourceKind kind, String label, String link, String summary, String fingerprint) {
}
