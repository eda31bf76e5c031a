package nl.tafelwerk.scenarios.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.scenarios.FteKind;
import nl.tafelwerk.scenarios.FteLine;
import nl.tafelwerk.scenarios.Milestone;
import nl.tafelwerk.scenarios.MoneyCategory;
import nl.tafelwerk.scenarios.MoneyFlow;
import nl.tafelwerk.scenarios.MoneyLine;
import nl.tafelwerk.scenarios.PlannedBouwsteen;
import nl.tafelwerk.scenarios.Quarter;
import nl.tafelwerk.scenarios.Recurrence;
import nl.tafelwerk.scenarios.ScenarioDraft;
import nl.tafelwerk.scenarios.ScenarioRisk;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The table-wide risk register from the catalogue's risks, and two demo scenarios of VS-01: the
 * business case of the regional plan (source 004) to check the money against, and a faster variant
 * of it whose timeline breaks a dependency (so the warning is there to see).
 */
@Component
class ScenarioSeedImport implements SeedImportStep {

    static final String DEMO_VRAAGSTUK = "VS-01";
    private static final List<MoneyCategory> CATEGORIES = List.of(MoneyCategory.OWN_STAFF, MoneyCategory.HIRE,
            MoneyCategory.IT, MoneyCategory.CONTINGENCY);

    private final TableRiskRepository risks;
    private final ScenarioRepository scenarios;

    ScenarioSeedImport(TableRiskRepository risks, ScenarioRepository scenarios) {
        this.risks = risks;
        this.scenarios = scenarios;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String name() {
        return "scenario's en risicoregister";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        int added = 0;
        List<ScenarioRisk> demoRisks = new ArrayList<>();
        for (JsonNode item : catalog.section("risks")) {
            String nr = SeedCatalog.text(item, "nr");
            String kans = SeedCatalog.optionalText(item, "kansOrigineel") != null ? SeedCatalog.text(item, "kansOrigineel")
                    : SeedCatalog.optionalText(item, "kans");
            String impact = SeedCatalog.optionalText(item, "impactOrigineel") != null ? SeedCatalog.text(item, "impactOrigineel")
                    : SeedCatalog.optionalText(item, "impact");
            String prio = SeedCatalog.optionalText(item, "prioOrigineel") != null ? SeedCatalog.text(item, "prioOrigineel")
                    : SeedCatalog.optionalText(item, "prio");
            String owner = SeedCatalog.text(item, "verantwoordelijke");
            if (!risks.existsByNr(nr)) {
                risks.save(new TableRiskEntity(nr, SeedCatalog.text(item, "risico"), kans, impact, prio,
                        SeedCatalog.text(item, "mitigatie"), owner, SeedCatalog.text(item, "source")));
                added++;
            }
            if (nr.startsWith("GG-") && demoRisks.size() < 4 && kans != null && impact != null) {
                String[] line = owner.split("->");
                demoRisks.add(new ScenarioRisk("seed-" + nr, nr, SeedCatalog.text(item, "risico"), kans, impact, prio,
                        SeedCatalog.text(item, "mitigatie"), line[0].strip(), line.length > 1 ? line[1].strip() : "", nr));
            }
        }
        if (scenarios.findAllCodes().isEmpty()) {
            added += demoScenarios(catalog.node("businessCaseVoorbeeld"), demoRisks);
        }
        return added;
    }

    /** The 004 business case as money lines (see {@link #businessCase(JsonNode)}), and a variant of it. */
    private int demoScenarios(JsonNode businessCase, List<ScenarioRisk> demoRisks) {
        Clock clock = Clock.systemUTC();
        List<PlannedBouwsteen> plan = List.of(
                new PlannedBouwsteen("seed-zib", "ZIB", ImplementationPhase.BREED, new Quarter(2025, 1)),
                new PlannedBouwsteen("seed-bgz", "BGZ", ImplementationPhase.KOPLOPERS, new Quarter(2025, 2)),
                new PlannedBouwsteen("seed-mp9", "MP9", ImplementationPhase.KOPLOPERS, new Quarter(2025, 3)),
                new PlannedBouwsteen("seed-eov", "EOVERDRACHT", ImplementationPhase.KOPLOPERS, new Quarter(2026, 1)),
                new PlannedBouwsteen("seed-acute", "ACUTE", ImplementationPhase.KOPLOPERS, new Quarter(2026, 2)));
        List<Milestone> milestones = List.of(
                new Milestone("seed-m1", "Medicatieoverdracht live bij koplopers", new Quarter(2025, 4), new Quarter(2025, 4), "MP9", true),
                new Milestone("seed-m2", "eOverdracht ziekenhuis–VVT", new Quarter(2026, 2), new Quarter(2026, 1), "EOVERDRACHT", true));
        ScenarioEntity base = new ScenarioEntity("SC-01", DEMO_VRAAGSTUK, null, "catalogus");
        base.apply(new ScenarioDraft("Businesscase regionaal plan (bron 004)",
                "Gefaseerde invoering van de generieke functies in de regio, zoals begroot in het regioplan (bron 004).",
                "Kosten en realisatie zoals in bijlage 1 van het regioplan; de verdeling van de kostencategorieën over de jaren is afgeleid (alleen de totalen staan in de bron).",
                "Gegevensuitwisseling medicatie, BgZ en eOverdracht tussen huisartsen, ziekenhuizen en VVT.",
                Set.of("HAZ", "MSZ", "LZ"), "Minder dubbele registratie; vrijgespeelde FTE vanaf 2029.", "", "",
                "Structurele besparing € 2,7 mln zorgkosten per jaar vanaf 2030 (niet als bedrag opgenomen: valt buiten de begroting 2025–2027).",
                "", 2025, 2030, "4", 0), new BigDecimal("4"));
        base.setLines(plan, milestones, businessCase(businessCase), fte(businessCase), demoRisks);
        base.touch(clock.instant(), "Catalogus");
        scenarios.save(base);

        ScenarioEntity variant = new ScenarioEntity("SC-02", DEMO_VRAAGSTUK, "SC-01", "catalogus");
        variant.apply(new ScenarioDraft("Versneld: medicatie en eOverdracht tegelijk",
                "Als SC-01, maar MP9 en eOverdracht starten direct, tegelijk met de zibs.",
                "Zelfde begroting; extra inhuur in 2025.", "Als SC-01, een half jaar eerder.", Set.of("HAZ", "MSZ", "LZ"),
                "Eerder effect, meer risico op uitloop.", "", "", "", "", 2025, 2030, "4", 0), new BigDecimal("4"));
        List<PlannedBouwsteen> faster = List.of(
                new PlannedBouwsteen("seed-zib", "ZIB", ImplementationPhase.BREED, new Quarter(2025, 1)),
                new PlannedBouwsteen("seed-mp9", "MP9", ImplementationPhase.KOPLOPERS, new Quarter(2025, 1)),
                new PlannedBouwsteen("seed-eov", "EOVERDRACHT", ImplementationPhase.KOPLOPERS, new Quarter(2025, 2)),
                new PlannedBouwsteen("seed-acute", "ACUTE", ImplementationPhase.KOPLOPERS, new Quarter(2025, 3)));
        List<MoneyLine> money = new ArrayList<>(businessCase(businessCase));
        money.add(new MoneyLine("seed-extra", 2025, "Regio", MoneyFlow.COST, MoneyCategory.HIRE, Recurrence.ONE_OFF,
                new BigDecimal("350000"), "Extra inhuur voor de versnelling"));
        variant.setLines(faster, List.of(), money, fte(businessCase), demoRisks);
        variant.touch(clock.instant(), "Catalogus");
        scenarios.save(variant);
        return 2;
    }

    /**
     * 004 gives costs per year and per category only as totals. The lines split them with the
     * north-west-corner rule, so every year's total and every category's total is exactly the source's.
     */
    static List<MoneyLine> businessCase(JsonNode bc) {
        List<MoneyLine> lines = new ArrayList<>();
        JsonNode perYear = bc.path("kosten").path("perJaar");
        List<Integer> years = new ArrayList<>();
        bc.path("years").forEach(y -> years.add(y.asInt()));
        long[] yearLeft = years.stream().mapToLong(y -> perYear.path(String.valueOf(y)).asLong()).toArray();
        List<JsonNode> categories = new ArrayList<>();
        bc.path("kosten").path("categorieen").forEach(categories::add);
        long[] categoryLeft = categories.stream().mapToLong(c -> c.path("totaal").asLong()).toArray();
        int y = 0;
        int c = 0;
        while (y < yearLeft.length && c < categoryLeft.length) {
            long amount = Math.min(yearLeft[y], categoryLeft[c]);
            if (amount > 0) {
                lines.add(new MoneyLine("seed-c" + y + c, years.get(y), "Regio", MoneyFlow.COST, CATEGORIES.get(c),
                        Recurrence.ONE_OFF, BigDecimal.valueOf(amount), SeedCatalog.text(categories.get(c), "naam")));
            }
            yearLeft[y] -= amount;
            categoryLeft[c] -= amount;
            if (yearLeft[y] == 0) {
                y++;
            }
            if (c < categoryLeft.length && categoryLeft[c] == 0) {
                c++;
            }
        }
        JsonNode realised = bc.path("realisatie").path("perJaar");
        for (int year : years) {
            lines.add(new MoneyLine("seed-b" + year, year, "Regio", MoneyFlow.BENEFIT, MoneyCategory.OTHER, Recurrence.ONE_OFF,
                    BigDecimal.valueOf(realised.path(String.valueOf(year)).asLong()), "Realisatie (baten)"));
        }
        return lines;
    }

    static List<FteLine> fte(JsonNode bc) {
        List<FteLine> lines = new ArrayList<>();
        bc.path("fte").path("vrijgespeeld").properties().forEach(e -> lines.add(new FteLine("seed-f" + e.getKey(),
                Integer.parseInt(e.getKey()), "Regio", FteKind.VRIJGESPEELD, e.getValue().decimalValue())));
        return lines;
    }
}
