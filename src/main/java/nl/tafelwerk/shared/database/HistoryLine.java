package nl.tafelwerk.shared.database;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an aggregate's history as stored: when, who, which field, the value before and after. Each feature's
 * history table adds the column naming its aggregate (e.g. {@code advice_id}) in a subclass.
 */
@MappedSuperclass
public abstract class HistoryLine {

    /** Longer values (a whole section of text) are cut, so the column stays bounded; the item itself keeps the text. */
    public static final int VALUE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private Instant at = Instant.EPOCH;
    @Column(name = "actor_id")
    private String actorId = "";
    @Column(name = "actor_name")
    private String actorName = "";
    private String field = "";
    @Column(name = "old_value")
    private @Nullable String oldValue;
    @Column(name = "new_value")
    private @Nullable String newValue;

    protected HistoryLine() {
    }

    protected HistoryLine(Instant at, String actorId, String actorName, String field, @Nullable String oldValue,
                          @Nullable String newValue) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    protected Instant at() {
        return at;
    }

    protected String actorName() {
        return actorName;
    }

    protected String field() {
        return field;
    }

    protected @Nullable String oldValue() {
        return oldValue;
    }

    protected @Nullable String newValue() {
        return newValue;
    }
}
