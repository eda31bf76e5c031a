package nl.tafelwerk.collaboration.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The highest comment id a person has read in one thread. */
@Entity
@Table(name = "comment_read_marker")
public class ReadMarkerEntity {

    @Embeddable
    public record Key(@Column(name = "username") String username, @Column(name = "thread_key") String threadKey)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_read_id", nullable = false)
    private long lastReadId;

    protected ReadMarkerEntity() {
        this.key = new Key("", "");
    }

    public ReadMarkerEntity(Key key, long lastReadId) {
        this.key = key;
        this.lastReadId = lastReadId;
    }

    public long lastReadId() {
        return lastReadId;
    }

    /** Moves the marker forward only; reading an older view never makes comments unread again. */
    public void advanceTo(long id) {
        lastReadId = Math.max(lastReadId, id);
    }
}
