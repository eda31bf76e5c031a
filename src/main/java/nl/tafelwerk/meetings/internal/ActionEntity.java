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
import java.time.LocalDate;
import nl.tafelwerk.meetings.ActionStatus;
import nl.tafelwerk.meetings.MeetingAction;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "meeting_action")
public class ActionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(name = "item_id", nullable = false)
    private long itemId;
    @Column(nullable = false)
    private String description = "";
    @Column(name = "owner_username", nullable = false)
    private String ownerUsername = "";
    @Column(name = "owner_name", nullable = false)
    private String ownerName = "";
    @Column(name = "owner_sector")
    private @Nullable String ownerSector;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.MIN;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;
    @Version
    private long version;

    protected ActionEntity() {
    }

    public ActionEntity(long meetingId, long itemId, String description, String ownerUsername, String ownerName,
                        @Nullable String ownerSector, LocalDate dueDate) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.description = description;
        this.ownerUsername = ownerUsername;
        this.ownerName = ownerName;
        this.ownerSector = ownerSector;
        this.dueDate = dueDate;
    }

    public MeetingAction toAction() {
        return new MeetingAction(java.util.Objects.requireNonNull(id), meetingId, itemId, description, ownerUsername,
                ownerName, ownerSector, dueDate, status, version);
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }
}
