package nl.tafelwerk.advice;

/**
 * A source of a section with its state against what was last accepted: {@code changed} when its fingerprint differs
 * from the accepted one or it is new since.
 */
public record TracedSource(SourceReference source, boolean changed) {
}
