package nl.tafelwerk.assessment;

import nl.tafelwerk.shared.StaleDataException;

/** Someone saved the draft after this user loaded it; carries what is saved now so the user can choose. */
public class FrameworkDraftConflictException extends StaleDataException {

    private final transient FrameworkDraft current;

    public FrameworkDraftConflictException(FrameworkDraft current) {
        super("framework.conflict", current.updatedBy());
        this.current = current;
    }

    public FrameworkDraft current() {
        return current;
    }
}
