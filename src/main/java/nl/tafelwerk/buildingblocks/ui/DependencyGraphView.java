package nl.tafelwerk.buildingblocks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.buildingblocks.BouwsteenListItem;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.buildingblocks.DependencyLink;
import nl.tafelwerk.buildingblocks.ProposalState;
import org.jspecify.annotations.Nullable;

/**
 * The dependency graph: ELK layered layout rendered to SVG on the server. A node opens its bouwsteen;
 * choosing a bouwsteen highlights everything on its paths; colour by status or by sector, with a legend.
 * Zoom with the buttons, pan by dragging or scrolling. {@code ?selectie=MITZ&kleur=sector} deep-links.
 */
@Route("bouwstenen/graaf")
@PermitAll
public class DependencyGraphView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SELECT = "selectie";
    static final String COLOUR = "kleur";
    private static final double[] ZOOMS = {0.4, 0.55, 0.7, 0.85, 1.0, 1.25, 1.5, 2.0, 2.5};
    private static final String[] PALETTE = {"#dbeafe", "#fce7f3", "#dcfce7", "#fef3c7", "#ede9fe", "#cffafe", "#fee2e2",
            "#e0e7ff", "#f5f5f4", "#fae8ff"};
    private static final String[] PALETTE_STROKE = {"#1d4ed8", "#be185d", "#15803d", "#a16207", "#6d28d9", "#0e7490", "#b91c1c",
            "#4338ca", "#57534e", "#a21caf"};

    private final BouwsteenService service;
    private final RadioButtonGroup<String> colourBy = new RadioButtonGroup<>();
    private final ComboBox<BouwsteenListItem> select = new ComboBox<>();
    private final Div canvas = new Div();
    private final Div viewport = new Div();
    private final Div legend = new Div();
    private final Span zoomText = new Span();
    private int zoomIndex = -1; // -1: fit to width
    private double naturalWidth;
    private boolean updatingFromUrl;

    DependencyGraphView(BouwsteenService service) {
        this.service = service;
        addClassName("tw-graph-view");
        setSizeFull();
        colourBy.setLabel(getTranslation("graph.colourBy"));
        colourBy.setItems("status", "sector");
        colourBy.setItemLabelGenerator(k -> getTranslation("graph.colour." + k));
        colourBy.setValue("status");
        colourBy.setId("graph-colour");
        select.setLabel(getTranslation("graph.select"));
        select.setItems(service.all());
        select.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        select.setClearButtonVisible(true);
        select.setWidth("22rem");
        select.setId("graph-select");
        colourBy.addValueChangeListener(e -> changed());
        select.addValueChangeListener(e -> changed());

        Button zoomOut = iconButton(VaadinIcon.MINUS, "graph.zoomOut", "graph-zoom-out", () -> zoom(-1));
        Button zoomIn = iconButton(VaadinIcon.PLUS, "graph.zoomIn", "graph-zoom-in", () -> zoom(+1));
        Button fit = iconButton(VaadinIcon.EXPAND_SQUARE, "graph.zoomReset", "graph-zoom-fit", () -> {
            zoomIndex = -1;
            applyZoom();
        });
        zoomText.addClassName("tw-muted");
        zoomText.setId("graph-zoom-level");
        HorizontalLayout zoomBar = new HorizontalLayout(zoomOut, zoomText, zoomIn, fit);
        zoomBar.setAlignItems(FlexComponent.Alignment.CENTER);
        zoomBar.setSpacing(false);
        zoomBar.addClassName("tw-zoom-bar");
        HorizontalLayout toolbar = new HorizontalLayout(colourBy, select, zoomBar);
        toolbar.setAlignItems(FlexComponent.Alignment.END);
        toolbar.setWrap(true);

        Span help = new Span(getTranslation("graph.help") + " " + getTranslation("graph.pan"));
        help.addClassName("tw-muted");
        legend.addClassName("tw-legend");
        legend.setId("graph-legend");
        canvas.addClassName("tw-graph-canvas");
        canvas.setId("graph-canvas");
        viewport.addClassName("tw-graph-viewport");
        viewport.setId("graph-viewport");
        viewport.getElement().setAttribute("tabindex", "0");
        viewport.add(canvas);
        // Drag to pan: a few lines in the browser, nothing to install.
        viewport.getElement().executeJs("""
                const v = this; let d = null;
                v.addEventListener('pointerdown', e => { if (e.button === 0) d = {x: e.clientX, y: e.clientY, l: v.scrollLeft, t: v.scrollTop, m: false}; });
                v.addEventListener('pointermove', e => { if (!d) return; const dx = e.clientX - d.x, dy = e.clientY - d.y;
                  if (Math.abs(dx) + Math.abs(dy) > 4) { d.m = true; v.classList.add('tw-panning'); }
                  v.scrollLeft = d.l - dx; v.scrollTop = d.t - dy; });
                v.addEventListener('click', e => { if (d && d.m) { e.preventDefault(); e.stopPropagation(); } d = null; v.classList.remove('tw-panning'); }, true);
                window.addEventListener('pointerup', () => { setTimeout(() => { d = null; v.classList.remove('tw-panning'); }, 0); });
                """);
        add(toolbar, help, legend, viewport);
        setFlexGrow(1, viewport);
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setId(id);
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        updatingFromUrl = true;
        String colour = params.getOrDefault(COLOUR, List.of("status")).get(0);
        colourBy.setValue("sector".equals(colour) ? "sector" : "status");
        String code = params.getOrDefault(SELECT, List.of("")).get(0).toUpperCase(Locale.ROOT);
        select.setValue(service.all().stream().filter(b -> b.code().equals(code)).findFirst().orElse(null));
        updatingFromUrl = false;
        render();
    }

    private void changed() {
        if (updatingFromUrl) {
            return;
        }
        render();
        Map<String, String> params = new LinkedHashMap<>();
        if (select.getValue() != null) {
            params.put(SELECT, select.getValue().code());
        }
        if ("sector".equals(colourBy.getValue())) {
            params.put(COLOUR, "sector");
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "bouwstenen/graaf" + (params.isEmpty() ? "" : "?" + QueryParameters.simple(params).getQueryString())));
    }

    /** Builds nodes, edges and highlight, lays them out and puts the SVG on the page. */
    void render() {
        List<BouwsteenListItem> items = service.all();
        List<DependencyLink> links = service.allDependencies();
        boolean bySector = "sector".equals(colourBy.getValue());
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (BouwsteenListItem b : items) {
            categories.putIfAbsent(category(b), categories.size());
        }
        List<GraphSvg.Node> nodes = new ArrayList<>();
        for (BouwsteenListItem b : items) {
            String fill;
            String stroke;
            String caption;
            if (bySector) {
                int i = categories.get(category(b)) % PALETTE.length;
                fill = PALETTE[i];
                stroke = PALETTE_STROKE[i];
                caption = categoryLabel(category(b), b);
            } else {
                String[] colours = Badges.statusColours(b.tableStatus());
                fill = colours[0];
                stroke = colours[1];
                caption = statusSymbol(b.tableStatus()) + " " + Badges.statusText(this, b.tableStatus());
            }
            if (b.proposalState() == ProposalState.VOORGESTELD) {
                caption = caption + " · " + getTranslation("bouwsteen.proposal.VOORGESTELD");
            }
            nodes.add(new GraphSvg.Node(b.code(), b.name(), caption, fill, stroke, "bouwstenen/" + b.code(),
                    getTranslation("graph.node", b.code(), b.name(), caption)));
        }
        List<GraphSvg.Edge> edges = links.stream().map(d -> new GraphSvg.Edge(d.fromCode(), d.toCode(),
                d.proposalState() == ProposalState.VOORGESTELD, getTranslation("graph.edge", d.fromCode(), d.toCode()))).toList();

        Set<String> hlNodes = null;
        Set<String> hlEdges = null;
        String selected = select.getValue() == null ? null : select.getValue().code();
        if (selected != null) {
            Set<String> down = new HashSet<>(service.neededTransitively(selected));
            down.add(selected);
            Set<String> up = new HashSet<>(service.needingTransitively(selected));
            up.add(selected);
            hlNodes = new HashSet<>(down);
            hlNodes.addAll(up);
            hlEdges = new HashSet<>();
            for (DependencyLink d : links) {
                if ((down.contains(d.fromCode()) && down.contains(d.toCode())) || (up.contains(d.fromCode()) && up.contains(d.toCode()))) {
                    hlEdges.add(d.fromCode() + ">" + d.toCode());
                }
            }
        }
        GraphSvg.Result result = GraphSvg.render(nodes, edges, hlNodes, hlEdges, selected,
                getTranslation("graph.aria", items.size()));
        naturalWidth = result.width();
        canvas.getElement().setProperty("innerHTML", result.svg());
        canvas.getElement().setAttribute("data-nodes", String.valueOf(items.size()));
        canvas.getElement().setAttribute("data-selected", selected == null ? "" : selected);
        renderLegend(bySector, categories, items, selected != null);
        applyZoom();
    }

    private void renderLegend(boolean bySector, Map<String, Integer> categories, List<BouwsteenListItem> items, boolean path) {
        legend.removeAll();
        Span title = new Span(getTranslation("graph.legend") + ":");
        title.addClassName("tw-legend-title");
        legend.add(title);
        if (bySector) {
            for (Map.Entry<String, Integer> c : categories.entrySet()) {
                int i = c.getValue() % PALETTE.length;
                BouwsteenListItem example = items.stream().filter(b -> category(b).equals(c.getKey())).findFirst().orElseThrow();
                legend.add(swatch(PALETTE[i], PALETTE_STROKE[i], categoryLabel(c.getKey(), example)));
            }
        } else {
            for (BouwsteenStatus s : BouwsteenStatus.values()) {
                String[] colours = Badges.statusColours(s);
                legend.add(swatch(colours[0], colours[1], statusSymbol(s) + " " + Badges.statusText(this, s)));
            }
            String[] none = Badges.statusColours(null);
            legend.add(swatch(none[0], none[1], statusSymbol(null) + " " + Badges.statusText(this, null)));
        }
        Span arrow = new Span("→ " + getTranslation("graph.legend.arrow"));
        Span dashed = new Span("┄ " + getTranslation("graph.legend.proposed"));
        legend.add(arrow, dashed);
        if (path) {
            legend.add(swatch("#ffffff", "#154273", getTranslation("graph.legend.path")));
        }
    }

    private static Span swatch(String fill, String stroke, String text) {
        Span box = new Span();
        box.addClassName("tw-swatch");
        box.getStyle().set("background", fill).set("border-color", stroke);
        box.getElement().setAttribute("aria-hidden", "true");
        Span item = new Span(box, new Span(text));
        item.addClassName("tw-legend-item");
        return item;
    }

    private static String category(BouwsteenListItem b) {
        if (b.sectors().contains(AllSectors.CODE)) {
            return AllSectors.CODE;
        }
        if (b.sectors().isEmpty()) {
            return "NONE";
        }
        return b.sectors().size() == 1 ? b.sectors().get(0) : "MULTI";
    }

    private String categoryLabel(String category, BouwsteenListItem example) {
        return switch (category) {
            case AllSectors.CODE -> getTranslation(AllSectors.MESSAGE_KEY);
            case "NONE" -> getTranslation("graph.sector.none");
            case "MULTI" -> getTranslation("graph.sector.multi");
            default -> category;
        };
    }

    private static String statusSymbol(@Nullable BouwsteenStatus status) {
        if (status == null) {
            return "○";
        }
        return switch (status) {
            case IN_UITVOERING -> "✔";
            case VOLGEND -> "◔";
            case NIET_OP_AGENDA -> "✖";
        };
    }

    private void zoom(int step) {
        if (zoomIndex < 0) {
            zoomIndex = 4;
        }
        zoomIndex = Math.max(0, Math.min(ZOOMS.length - 1, zoomIndex + step));
        applyZoom();
    }

    private void applyZoom() {
        if (zoomIndex < 0) {
            canvas.getStyle().set("width", "100%");
            zoomText.setText(getTranslation("graph.zoomReset"));
        } else {
            canvas.getStyle().set("width", Math.round(naturalWidth * ZOOMS[zoomIndex]) + "px");
            zoomText.setText(Math.round(ZOOMS[zoomIndex] * 100) + "%");
        }
        canvas.getElement().setAttribute("data-zoom", zoomIndex < 0 ? "fit" : String.valueOf(ZOOMS[zoomIndex]));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("graph.title") + " · Tafelwerk";
    }
}
