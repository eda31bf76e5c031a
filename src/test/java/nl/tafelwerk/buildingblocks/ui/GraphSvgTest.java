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
    void threeHundredNodesAreLaidOutAsLinks() {
        GraphSvg.render(graph("W", 20).nodes, graph("W", 20).edges, null, null, null, "warm-up");
        long best = Long.MAX_VALUE;
        GraphSvg.Result result = null;
        for (int attempt = 0; attempt < 3; attempt++) { // best of three: the build machine is shared
            Graph g = graph("B" + attempt + "-", 300); // a new structure each time, so the layout cache does not help
            long start = System.nanoTime();
            result = GraphSvg.render(g.nodes, g.edges, Set.of("B0-10", "B0-3"), Set.of("B0-10>B0-3"), "B0-10", "graaf");
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("GraphSvg 300 nodes / 598 edges, best of 3: " + best + " ms");
        assertThat(result.svg()).startsWith("<svg").endsWith("</svg>");
        assertThat(result.svg().split("<a href=", -1)).hasSize(301);
        assertThat(result.svg()).contains("aria-description=\"B2-299\"");

        Graph same = graph("B2-", 300);
        long start = System.nanoTime();
        GraphSvg.Result again = GraphSvg.render(same.nodes, same.edges, null, null, null, "graaf");
        long cached = (System.nanoTime() - start) / 1_000_000;
        System.out.println("GraphSvg 300 nodes, same structure again (layout cached): " + cached + " ms");
        assertThat(again.width()).isEqualTo(result.width());
    }

    @Test
    void textIsEscapedAndTheSelectionIsMarked() {
        GraphSvg.Result result = GraphSvg.render(List.of(new GraphSvg.Node("A", "<script>&", "x", "#fff", "#000", "b/A", "A \"q\""),
                        new GraphSvg.Node("B", "b", "y", "#fff", "#000", "b/B", "B")),
                List.of(new GraphSvg.Edge("A", "B", true, "A needs B")), Set.of("A", "B"), Set.of("A>B"), "A", "t");
        assertThat(result.svg()).contains("&lt;script&gt;&amp;").contains("A &quot;q&quot;").doesNotContain("<script>")
                .contains("tw-selected").contains("tw-edge tw-hl tw-proposed");
        // WCAG 2.5.3: a node link is named by the text it shows; the full text only describes it.
        assertThat(result.svg()).doesNotContainPattern("<a [^>]*aria-label")
                .contains("aria-description=\"A &quot;q&quot;\"").contains("<rect aria-hidden=\"true\"");
    }

    private record Graph(List<GraphSvg.Node> nodes, List<GraphSvg.Edge> edges) {
    }

    private static Graph graph(String prefix, int size) {
        List<GraphSvg.Node> nodes = new ArrayList<>();
        List<GraphSvg.Edge> edges = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < size; i++) {
            nodes.add(new GraphSvg.Node(prefix + i, "Bouwsteen nummer " + i, "In uitvoering", "#e3f4e5", "#1e7b34",
                    "bouwstenen/" + prefix + i, prefix + i));
            for (int k = 0; k < 2 && i > 0; k++) {
                edges.add(new GraphSvg.Edge(prefix + i, prefix + random.nextInt(i), k == 1, prefix + i + " needs"));
            }
        }
        return new Graph(nodes, edges);
    }
}
