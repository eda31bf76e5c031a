package nl.tafelwerk.buildingblocks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The server-side layout and SVG, without Spring or a browser. */
class GraphSvgTest {

    @Test
    void threeHundredNodesAreLaidOutAndWrittenWellUnderTwoSeconds() {
        List<GraphSvg.Node> nodes = new ArrayList<>();
        List<GraphSvg.Edge> edges = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            nodes.add(new GraphSvg.Node("B" + i, "Bouwsteen nummer " + i, "In uitvoering", "#e3f4e5", "#1e7b34",
                    "bouwstenen/B" + i, "B" + i));
            for (int k = 0; k < 2 && i > 0; k++) {
                edges.add(new GraphSvg.Edge("B" + i, "B" + random.nextInt(i), k == 1, "B" + i + " needs"));
            }
        }
        GraphSvg.render(nodes.subList(0, 20), edges.subList(0, 19), null, null, null, "warm-up");

        long start = System.nanoTime();
        GraphSvg.Result result = GraphSvg.render(nodes, edges, Set.of("B10", "B3"), Set.of("B10>B3"), "B10", "graaf");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("layout + SVG of 300 nodes in ms").isLessThan(1500);
        assertThat(result.svg()).startsWith("<svg").endsWith("</svg>");
        assertThat(result.svg().split("<a href=", -1)).hasSize(301);
        assertThat(result.svg()).contains("aria-label=\"B299\"").contains("tw-selected");
        System.out.println("GraphSvg 300 nodes / " + edges.size() + " edges: " + millis + " ms, " + result.svg().length() + " chars");
    }

    @Test
    void textIsEscaped() {
        GraphSvg.Result result = GraphSvg.render(List.of(new GraphSvg.Node("A", "<script>&", "x", "#fff", "#000", "b/A", "A \"q\"")),
                List.of(), null, null, null, "t");
        assertThat(result.svg()).contains("&lt;script&gt;&amp;").contains("A &quot;q&quot;").doesNotContain("<script>");
    }
}
