package nl.tafelwerk.buildingblocks;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A proposed bouwsteen: the few fields needed to put it in the catalogue. */
public record NewBouwsteen(String code, String name, @Nullable String description, String type, List<String> sectors) {
}
