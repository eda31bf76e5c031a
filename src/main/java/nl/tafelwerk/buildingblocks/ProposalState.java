package nl.tafelwerk.buildingblocks;

/** A member proposes; the chair or the programme office confirms. */
public enum ProposalState {
    VOORGESTELD,
    BEVESTIGD
}
