package nl.tafelwerk.scenarios;

/** A save made against an older version: nothing was written; {@code current} is what is saved now. */
public class ScenarioConflictException extends RuntimeException {

    private final transient Scenario current;

    public ScenarioConflictException(Scenario current) {
        super("scenario " + current.code() + " was saved by " + current.updatedBy() + " in the meantime");
        this.current = current;
    }

    public Scenario current() {
        return current;
    }
}
