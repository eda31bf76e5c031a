package nl.tafelwerk.identity;

/** What a person may do at the table. The name is also the Spring Security role (ROLE_...). */
public enum Role {
    /** Onafhankelijk voorzitter. */
    CHAIR,
    /** Programmabureau: prepares meetings, screens submissions. */
    SECRETARIAT,
    /** Tafellid with a mandate from exactly one sector. */
    MEMBER,
    /** Reads everything, changes nothing, is not counted in votes or quorum. */
    OBSERVER,
    /** Manages user accounts. */
    ADMIN;

    public boolean needsSector() {
        return this == MEMBER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
