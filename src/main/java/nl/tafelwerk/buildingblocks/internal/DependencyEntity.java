package nl.tafelwerk.buildingblocks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.buildingblocks.ProposalState;
import org.jspecify.annotations.Nullable;

/** "dependant needs dependency", with the reason and whether the table confirmed it. */
@Entity
@Table(name = "bouwsteen_dependency")
@IdClass(DependencyKey.class)
public class DependencyEntity {

    @Id
    @Column(name = "dependant_id")
    private long dependantId;

    @Id
    @Column(name = "dependency_id")
    private long dependencyId;

    private @Nullable String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_state", nullable = false)
    private ProposalState proposalState = ProposalState.BEVESTIGD;

    @Column(name = "proposed_by")
    private @Nullable String proposedBy;

    @Column(name = "created_at")
    private @Nullable Instant createdAt;

    protected DependencyEntity() {
    }

    public DependencyEntity(long dependantId, long dependencyId, String reason, ProposalState state, String proposedBy,
                            Instant createdAt) {
        this.dependantId = dependantId;
        this.dependencyId = dependencyId;
        this.reason = reason;
        this.proposalState = state;
        this.proposedBy = proposedBy;
        this.createdAt = createdAt;
    }

    public long getDependantId() {
        return dependantId;
    }

    public long getDependencyId() {
        return dependencyId;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public ProposalState getProposalState() {
        return proposalState;
    }

    public @Nullable String getProposedBy() {
        return proposedBy;
    }

    public void confirm() {
        proposalState = ProposalState.BEVESTIGD;
    }
}
