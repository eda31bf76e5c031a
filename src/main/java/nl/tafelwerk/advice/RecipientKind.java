package nl.tafelwerk.advice;

/** Who receives a vastgestelde version. */
public enum RecipientKind {
    /** The bestuurlijk gremium chosen for the vraagstuk: an external recipient, optionally with an e-mail address. */
    GREMIUM,
    /** A sector at the table: its members. */
    DEELNEMENDE_SECTOR,
    /** A sector not (yet) at the table, informed: its observers (the {@code info-*} users). */
    GEINFORMEERDE_SECTOR;

    public String messageKey() {
        return "advice.recipient." + name();
    }
}
