package nl.tafelwerk.meetings;

import nl.tafelwerk.shared.StaleDataException;

/** Someone saved the profile after this user loaded it; carries what is saved now so the user can choose. */
public class TableProfileConflictException extends StaleDataException {

    private final transient TableProfile current;

    public TableProfileConflictException(TableProfile current) {
        super("profile.conflict", current.updatedBy());
        this.current = current;
    }

    public TableProfile current() {
        return current;
    }
}
