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
import java.time.LocalDateTime;
import java.util.List;
import nl.tafelwerk.meetings.AgendaItem;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingState;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "meeting")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt = LocalDateTime.MIN;
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt = LocalDateTime.MIN;
    @Column(nullable = false)
    private String place = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingState state = MeetingState.GEPLAND;
    @Column(name = "current_item_id")
    private @Nullable Long currentItemId;
    @Column(name = "current_item_since")
    private @Nullable Instant currentItemSince;
    @Column(name = "minutes_adopted_at")
    private @Nullable Instant minutesAdoptedAt;
    @Column(name = "minutes_adopted_by")
    private @Nullable String minutesAdoptedBy;
    @Column(name = "minutes_adopted_in")
    private @Nullable Long minutesAdoptedIn;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";
    @Version
    private long version;

    protected MeetingEntity() {
    }

    public MeetingEntity(LocalDateTime startsAt, LocalDateTime endsAt, String place) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
    }

    public Meeting toMeeting(List<AgendaItem> items) {
        return new Meeting(id(), startsAt, endsAt, place, state, currentItemId, currentItemSince, items, updatedAt,
                updatedBy, version, minutesAdoptedIn);
    }

    public long id() {
        return java.util.Objects.requireNonNull(id);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public MeetingState getState() {
        return state;
    }

    public void setState(MeetingState state) {
        this.state = state;
    }

    public @Nullable Long getCurrentItemId() {
        return currentItemId;
    }

    public @Nullable Instant getCurrentItemSince() {
        return currentItemSince;
    }

    public void setCurrentItem(@Nullable Long itemId, @Nullable Instant since) {
        this.currentItemId = itemId;
        this.currentItemSince = since;
    }

    /** The minutes are adopted at the later meeting {@code inMeeting} (issue 13). */
    public void adoptMinutes(Instant at, String by, long inMeeting) {
        this.minutesAdoptedAt = at;
        this.minutesAdoptedBy = by;
        this.minutesAdoptedIn = inMeeting;
    }

    public void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public long getVersion() {
        return version;
    }
}
