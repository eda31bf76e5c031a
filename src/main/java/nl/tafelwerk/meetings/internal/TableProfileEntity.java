package nl.tafelwerk.meetings.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The table's own profile: there is exactly one, with id 1. */
@Entity
@Table(name = "table_profile")
public class TableProfileEntity {

    public static final long THE_TABLE = 1L;

    @Id
    private Long id = THE_TABLE;

    @Column(nullable = false)
    private String name = "";

    @Column(nullable = false)
    private String purpose = "";

    @Column(name = "meeting_cadence", nullable = false)
    private String meetingCadence = "";

    @Column(name = "next_meeting_date")
    private @Nullable LocalDate nextMeetingDate;

    @Column(name = "member_notice")
    private @Nullable String memberNotice;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("sectorCode")
    private List<TableSeatEntity> seats = new ArrayList<>();

    @Version
    private long version;

    public TableProfileEntity() {
    }

    public void update(String name, String purpose, String meetingCadence, @Nullable LocalDate nextMeetingDate,
                       @Nullable String memberNotice, String updatedBy, Instant updatedAt) {
        this.name = name;
        this.purpose = purpose;
        this.meetingCadence = meetingCadence;
        this.nextMeetingDate = nextMeetingDate;
        this.memberNotice = memberNotice;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public void setSeat(String sectorCode, int count, @Nullable String representation) {
        Optional<TableSeatEntity> existing = seats.stream().filter(s -> s.getSectorCode().equals(sectorCode)).findFirst();
        if (count <= 0 && (representation == null || representation.isBlank())) {
            existing.ifPresent(seats::remove);
        } else if (existing.isPresent()) {
            existing.get().change(count, representation);
        } else {
            seats.add(new TableSeatEntity(this, sectorCode, count, representation));
        }
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getMeetingCadence() {
        return meetingCadence;
    }

    public @Nullable LocalDate getNextMeetingDate() {
        return nextMeetingDate;
    }

    public @Nullable String getMemberNotice() {
        return memberNotice;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<TableSeatEntity> getSeats() {
        return seats;
    }

    public long getVersion() {
        return version;
    }
}
