package nl.tafelwerk.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.tafelwerk.meetings.AgendaItem;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.ItemMinutes;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/** An agenda item; its version guards the co-edited minutes text. */
@Entity
@Table(name = "meeting_item")
public class AgendaItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgendaItemKind kind = AgendaItemKind.OVERIG;
    private @Nullable String reference;
    @Column(nullable = false)
    private String title = "";
    private @Nullable String presenter;
    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;
    // The timer is not the minutes: the chair moving on must not make a minute-taker's save stale.
    @OptimisticLock(excluded = true)
    @Column(name = "used_seconds", nullable = false)
    private long usedSeconds;
    @Column(name = "minutes_text")
    private @Nullable String minutesText;
    @Column(name = "minutes_updated_at")
    private @Nullable Instant minutesUpdatedAt;
    @Column(name = "minutes_updated_by")
    private @Nullable String minutesUpdatedBy;
    @Version
    private long version;

    protected AgendaItemEntity() {
    }

    public AgendaItemEntity(long meetingId, int position, AgendaItemKind kind, @Nullable String reference, String title,
                            @Nullable String presenter, int plannedMinutes) {
        this.meetingId = meetingId;
        this.position = position;
        this.kind = kind;
        this.reference = reference;
        this.title = title;
        this.presenter = presenter;
        this.plannedMinutes = plannedMinutes;
    }

    public AgendaItem toItem() {
        return new AgendaItem(id(), position, kind, reference, title, presenter, plannedMinutes, usedSeconds);
    }

    public ItemMinutes toMinutes(boolean frozen) {
        return new ItemMinutes(meetingId, id(), minutesText == null ? "" : minutesText, frozen, version,
                minutesUpdatedAt, minutesUpdatedBy);
    }

    public long id() {
        return java.util.Objects.requireNonNull(id);
    }

    public long getMeetingId() {
        return meetingId;
    }

    public @Nullable String getReference() {
        return reference;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public void addUsedSeconds(long seconds) {
        this.usedSeconds += Math.max(0, seconds);
    }

    public long getVersion() {
        return version;
    }

    public void setMinutes(String text, Instant at, String by) {
        this.minutesText = text;
        this.minutesUpdatedAt = at;
        this.minutesUpdatedBy = by;
    }
}
