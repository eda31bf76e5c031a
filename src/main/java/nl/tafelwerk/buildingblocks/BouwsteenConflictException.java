package nl.tafelwerk.buildingblocks;

import nl.tafelwerk.shared.StaleDataException;

/** Someone saved the bouwsteen after this user loaded it; carries what is saved now so the user can choose. */
public class BouwsteenConflictException extends StaleDataException {

    private final transient Bouwsteen current;

    public BouwsteenConflictException(Bouwsteen current) {
        super("bouwsteen.conflict", current.updatedBy() == null ? "?" : current.updatedBy(), current.code());
        this.current = current;
    }

    public Bouwsteen current() {
        return current;
    }
}
