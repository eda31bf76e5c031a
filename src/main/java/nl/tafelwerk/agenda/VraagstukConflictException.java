package nl.tafelwerk.agenda;

import nl.tafelwerk.shared.StaleDataException;

/** Someone saved the vraagstuk after this user loaded it; carries what is saved now so the user can choose. */
public class VraagstukConflictException extends StaleDataException {

    private final transient Vraagstuk current;

    public VraagstukConflictException(Vraagstuk current) {
        super("agenda.conflict", current.updatedBy());
        this.current = current;
    }

    public Vraagstuk current() {
        return current;
    }
}
