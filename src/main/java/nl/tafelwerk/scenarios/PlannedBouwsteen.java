package nl.tafelwerk.scenarios;

import nl.tafelwerk.buildingblocks.ImplementationPhase;
import org.jspecify.annotations.Nullable;

/** A bouwsteen the scenario includes: in which phase it is taken up and the quarter it starts. */
public record PlannedBouwsteen(String id, String code, @Nullable ImplementationPhase phase, Quarter start) {
}
