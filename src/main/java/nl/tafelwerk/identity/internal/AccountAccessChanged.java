package nl.tafelwerk.identity.internal;

/**
 * An administrator changed what {@code username} may do (deactivated, new role or sector, new
 * password): the sessions that user has open were granted under the old terms and must end.
 */
public record AccountAccessChanged(String username) {
}
