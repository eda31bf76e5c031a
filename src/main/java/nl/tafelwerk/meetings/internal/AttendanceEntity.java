package nl.tafelwerk.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.meetings.Attendance;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "meeting_attendance")
public class AttendanceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(nullable = false)
    private String username = "";
    @Column(name = "display_name", nullable = false)
    private String displayName = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.OBSERVER;
    @Column(name = "sector_code")
    private @Nullable String sectorCode;
    @Column(nullable = false)
    private boolean present;

    protected AttendanceEntity() {
    }

    public AttendanceEntity(long meetingId, String username, String displayName, Role role, @Nullable String sectorCode) {
        this.meetingId = meetingId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.sectorCode = sectorCode;
    }

    public Attendance toAttendance() {
        return new Attendance(username, displayName, role, sectorCode, present);
    }

    public void setPresent(boolean present) {
        this.present = present;
    }
}
