package nl.tafelwerk.advice;

/** A save made against an older version: nothing was written; {@code current} is what is saved now. */
public class AdviceConflictException extends RuntimeException {

    private final transient Advice current;

    public AdviceConflictException(Advice current) {
        super("advice " + current.id() + " was saved by " + current.updatedBy() + " in the meantime");
        this.current = current;
    }

    public Advice current() {
        return current;
    }
}
