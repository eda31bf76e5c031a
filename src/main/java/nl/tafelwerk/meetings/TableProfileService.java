package nl.tafelwerk.meetings;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.meetings.internal.TableProfileEntity;
import nl.tafelwerk.meetings.internal.TableProfileRepository;
import nl.tafelwerk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves the table's profile. Only the chair and the programme office may change it. */
@Service
@PreAuthorize("isAuthenticated()")
public class TableProfileService {

    private final TableProfileRepository profiles;
    private final SectorService sectors;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    TableProfileService(TableProfileRepository profiles, SectorService sectors, CurrentUser currentUser) {
        this.profiles = profiles;
        this.sectors = sectors;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public TableProfile current() {
        return profiles.findById(TableProfileEntity.THE_TABLE).map(TableProfileService::toProfile)
                .orElseGet(() -> new TableProfile("", "", "", null, null, List.of(), TableProfile.NEW,
                        java.time.Instant.EPOCH, ""));
    }

    public boolean mayEdit() {
        return currentUser.get().map(TableProfileService::mayEdit).orElse(false);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CHAIR', 'SECRETARIAT')")
    public TableProfile save(TableProfileChange change) {
        AuthenticatedUser user = currentUser.require();
        String name = required("name", change.name(), TableProfile.NAME_MAX);
        String purpose = required("purpose", change.purpose(), TableProfile.PURPOSE_MAX);
        String cadence = required("meetingCadence", change.meetingCadence(), TableProfile.CADENCE_MAX);
        String notice = optional("memberNotice", change.memberNotice(), TableProfile.NOTICE_MAX);
        Set<String> seen = new HashSet<>();
        for (TableSeat seat : change.seats()) {
            if (sectors.find(seat.sectorCode()).isEmpty() || !seen.add(seat.sectorCode())) {
                throw new DomainException("seats", "profile.seat.unknownSector", seat.sectorCode());
            }
            if (seat.seats() < 0 || seat.seats() > TableProfile.SEATS_MAX) {
                throw new DomainException("seats." + seat.sectorCode(), "profile.seat.range", 0, TableProfile.SEATS_MAX);
            }
            optional("representation." + seat.sectorCode(), seat.representation(), TableProfile.REPRESENTATION_MAX);
        }

        TableProfileEntity entity = profiles.findById(TableProfileEntity.THE_TABLE).orElse(null);
        long savedVersion = entity == null ? TableProfile.NEW : entity.getVersion();
        if (savedVersion != change.baseVersion()) {
            throw new TableProfileConflictException(entity == null ? current() : toProfile(entity));
        }
        if (entity == null) {
            entity = new TableProfileEntity();
        }
        entity.update(name, purpose, cadence, change.nextMeetingDate(), notice, user.displayName(), clock.instant());
        for (TableSeat seat : change.seats()) {
            entity.setSeat(seat.sectorCode(), seat.seats(), optional("representation", seat.representation(),
                    TableProfile.REPRESENTATION_MAX));
        }
        try {
            return toProfile(profiles.saveAndFlush(entity));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new TableProfileConflictException(current());
        }
    }

    static boolean mayEdit(AuthenticatedUser user) {
        return user.hasAnyRole(nl.tafelwerk.identity.Role.CHAIR, nl.tafelwerk.identity.Role.SECRETARIAT);
    }

    private static String required(String field, @Nullable String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException(field, "validation.required");
        }
        if (trimmed.length() > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        return trimmed;
    }

    private static @Nullable String optional(String field, @Nullable String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    static TableProfile toProfile(TableProfileEntity e) {
        return new TableProfile(e.getName(), e.getPurpose(), e.getMeetingCadence(), e.getNextMeetingDate(),
                e.getMemberNotice(),
                e.getSeats().stream().map(s -> new TableSeat(s.getSectorCode(), s.getSeats(), s.getRepresentation())).toList(),
                e.getVersion(), e.getUpdatedAt(), e.getUpdatedBy());
    }
}
