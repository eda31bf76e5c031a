package nl.tafelwerk.buildingblocks.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jspecify.annotations.Nullable;

/**
 * Lays out the dependency graph with the Eclipse Layout Kernel (layered, needs to the left) and
 * writes it as one inline SVG: every node is a link, every edge an arrow from the bouwsteen to what it
 * needs. No browser-side library is involved.
 *
 * <p>A node link's accessible name is its visible text (code, name and third line as drawn, shortened
 * names included), so someone using speech input can say what they see (WCAG 2.5.3, axe's
 * {@code label-content-name-mismatch}); the full, unshortened text is its description for screen readers
 * and the tooltip of its box. The box is hidden from assistive technology so its tooltip does not join
 * the name, and the texts let the pointer through to the box so the tooltip shows anywhere on the node.
 */
final class GraphSvg {

    static final double NODE_WIDTH = 176;
    static final double NODE_HEIGHT = 60;
    private static final double MARGIN = 16;

    /** A node as drawn: code, name, the third line (e.g. status text), fill/stroke, link and its full description. */
    record Node(String code, String name, String caption, String fill, String stroke, String href, String description) {
    }

    record Edge(String from, String to, boolean proposed, String label) {
    }

    record Result(String svg, double width, double height) {
    }

    static {
        // Outside Eclipse the layout options must be registered once (this also registers ELK's value types).
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private GraphSvg() {
    }

    /** Node positions and edge paths of one graph structure. */
    private record Layout(Map<String, double[]> nodes, Map<String, String> edgePaths, double width, double height) {
    }

    /** The last few layouts by structure: recolouring, selecting a path or reopening the view skips the layout. */
    private static final Map<String, Layout> LAYOUTS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Layout> eldest) {
                    return size() > 8;
                }
            });

    static Result render(List<Node> nodes, List<Edge> edges, @Nullable Set<String> highlightNodes,
                         @Nullable Set<String> highlightEdges, @Nullable String selected, String ariaLabel) {
        StringBuilder structure = new StringBuilder();
        nodes.forEach(n -> structure.append(n.code()).append('|'));
        structure.append('#');
        edges.forEach(e -> structure.append(e.from()).append('>').append(e.to()).append('|'));
        Layout layout = LAYOUTS.computeIfAbsent(structure.toString(), k -> layout(nodes, edges));
        return write(layout, nodes, edges, highlightNodes, highlightEdges, selected, ariaLabel);
    }

    private static Layout layout(List<Node> nodes, List<Edge> edges) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.LEFT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        graph.setProperty(CoreOptions.ASPECT_RATIO, 1.9);
        Map<String, ElkNode> byCode = new HashMap<>();
        for (Node node : nodes) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            n.setIdentifier(node.code());
            n.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            byCode.put(node.code(), n);
        }
        Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (Edge edge : edges) {
            ElkNode from = byCode.get(edge.from());
            ElkNode to = byCode.get(edge.to());
            if (from != null && to != null && from != to) {
                elkEdges.put(edge.from() + ">" + edge.to(), ElkGraphUtil.createSimpleEdge(from, to));
            }
        }
        new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());
        Map<String, double[]> positions = new HashMap<>();
        byCode.forEach((code, n) -> positions.put(code, new double[] {n.getX(), n.getY()}));
        Map<String, String> paths = new HashMap<>();
        elkEdges.forEach((key, e) -> {
            if (!e.getSections().isEmpty()) {
                ElkEdgeSection s = e.getSections().get(0);
                StringBuilder d = new StringBuilder("M").append(num(s.getStartX())).append(',').append(num(s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) {
                    d.append(" L").append(num(b.getX())).append(',').append(num(b.getY()));
                }
                d.append(" L").append(num(s.getEndX())).append(',').append(num(s.getEndY()));
                paths.put(key, d.toString());
            }
        });
        return new Layout(positions, paths, graph.getWidth() + 2 * MARGIN, graph.getHeight() + 2 * MARGIN);
    }

    private static Result write(Layout layout, List<Node> nodes, List<Edge> edges, @Nullable Set<String> highlightNodes,
                                @Nullable Set<String> highlightEdges, @Nullable String selected, String ariaLabel) {
        double width = layout.width();
        double height = layout.height();
        boolean highlighting = highlightNodes != null && !highlightNodes.isEmpty();
        StringBuilder svg = new StringBuilder(nodes.size() * 700 + edges.size() * 300);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tw-graph-svg\" role=\"group\" viewBox=\"0 0 ")
                .append(num(width)).append(' ').append(num(height)).append("\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" aria-label=\"").append(esc(ariaLabel)).append("\">");
        svg.append("<defs><marker id=\"tw-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a5568\"/></marker>"
                + "<marker id=\"tw-arrow-hl\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#154273\"/></marker></defs>");
        svg.append("<g transform=\"translate(").append(num(MARGIN)).append(',').append(num(MARGIN)).append(")\">");
        svg.append("<g class=\"tw-graph-edges\">");
        for (Edge edge : edges) {
            String key = edge.from() + ">" + edge.to();
            String d = layout.edgePaths().get(key);
            if (d == null) {
                continue;
            }
            boolean hl = highlighting && highlightEdges != null && highlightEdges.contains(key);
            svg.append("<path class=\"tw-edge").append(hl ? " tw-hl" : highlighting ? " tw-dim" : "")
                    .append(edge.proposed() ? " tw-proposed" : "").append("\" data-edge=\"").append(esc(key))
                    .append("\" d=\"").append(d).append("\" marker-end=\"url(#").append(hl ? "tw-arrow-hl" : "tw-arrow")
                    .append(")\"><title>").append(esc(edge.label())).append("</title></path>");
        }
        svg.append("</g><g class=\"tw-graph-nodes\">");
        for (Node node : nodes) {
            double[] at = layout.nodes().get(node.code());
            boolean hl = highlighting && highlightNodes.contains(node.code());
            boolean isSelected = node.code().equals(selected);
            svg.append("<a href=\"").append(esc(node.href())).append("\" class=\"tw-node")
                    .append(isSelected ? " tw-selected" : hl ? " tw-hl" : highlighting ? " tw-dim" : "")
                    .append("\" data-code=\"").append(esc(node.code())).append("\" aria-description=\"").append(esc(node.description()))
                    .append("\" transform=\"translate(").append(num(at[0])).append(',').append(num(at[1])).append(")\">")
                    .append("<rect aria-hidden=\"true\" width=\"").append(num(NODE_WIDTH)).append("\" height=\"").append(num(NODE_HEIGHT))
                    .append("\" rx=\"8\" fill=\"").append(esc(node.fill())).append("\" stroke=\"").append(esc(node.stroke()))
                    .append("\" stroke-width=\"").append(isSelected ? "4" : hl ? "3" : "1.5").append("\">")
                    .append("<title>").append(esc(node.description())).append("</title></rect>")
                    .append("<text x=\"10\" y=\"19\" class=\"tw-node-code\">").append(esc(node.code())).append("</text>")
                    .append("<text x=\"10\" y=\"36\" class=\"tw-node-name\">").append(esc(shorten(node.name(), 25))).append("</text>")
                    .append("<text x=\"10\" y=\"52\" class=\"tw-node-caption\">").append(esc(shorten(node.caption(), 28)))
                    .append("</text></a>");
        }
        svg.append("</g></g></svg>");
        return new Result(svg.toString(), width, height);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
