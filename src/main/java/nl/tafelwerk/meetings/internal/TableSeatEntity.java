package nl.tafelwerk.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Seats of one sector at the table; versioned through its profile. */
@Entity
@Table(name = "table_seat")
public class TableSeatEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "profile_id")
    private @Nullable TableProfileEntity profile;

    @Column(name = "sector_code", nullable = false)
    private String sectorCode = "";

    @Column(nullable = false)
    private int seats;

    private @Nullable String representation;

    protected TableSeatEntity() {
    }

    TableSeatEntity(TableProfileEntity profile, String sectorCode, int seats, @Nullable String representation) {
        this.profile = profile;
        this.sectorCode = sectorCode;
        this.seats = seats;
        this.representation = representation;
    }

    void change(int seats, @Nullable String representation) {
        this.seats = seats;
        this.representation = representation;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public int getSeats() {
        return seats;
    }

    public @Nullable String getRepresentation() {
        return representation;
    }
}
