package nl.tafelwerk.assessment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.assessment.FrameworkVersion;
import nl.tafelwerk.assessment.GateCriterion;
import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.WsjfBoosts;
import nl.tafelwerk.assessment.WsjfPart;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Version 1 of the afwegingskader, built from the catalogue's criteria (DOMAIN.md §3), and the draft that
 * continues from it. Reference data: loaded in every profile, because the agenda's screening reads its gates
 * from the published framework and a fresh production database must screen from the first day (DD020).
 */
@Component
class FrameworkSeedImport implements SeedImportStep {

    /**
     * What a legal obligation adds to an item's cost of delay: one mid step of the Fibonacci scale, so an
     * obligation moves an item up without outweighing what the members scored.
     */
    static final BigDecimal DEFAULT_LEGAL_OBLIGATION_BOOST = new BigDecimal("5");

    /**
     * What each bouwsteen that transitively needs the item adds: one point, so a prerequisite of eight others
     * gains as much as a "high" score on one criterion.
     */
    static final BigDecimal DEFAULT_PER_DEPENDENT_BOOST = BigDecimal.ONE;

    static final String PUBLISHED_BY = "Catalogus (startversie)";

    /**
     * The WSJF part of each scored criterion. The catalogue only says "costOfDelay" or "jobSize" (or nothing);
     * cost of delay is split into SAFe's three parts: urgency is time criticality, being a prerequisite for a
     * next bouwsteen is opportunity enablement (risk reduction), reuse of national standards lowers risk and
     * enables others, fit with the sectors' own sequencing plans is about timing; the rest is value.
     */
    static final Map<String, WsjfPart> PARTS = Map.of(
            "S-URGENTIE", WsjfPart.TIME_CRITICALITY,
            "S-RANDVW", WsjfPart.RISK_REDUCTION,
            "S-LANDELIJK", WsjfPart.RISK_REDUCTION,
            "S-SECTORPLANNING", WsjfPart.TIME_CRITICALITY);

    private final FrameworkVersionRepository versions;
    private final FrameworkDraftRepository drafts;

    FrameworkSeedImport(FrameworkVersionRepository versions, FrameworkDraftRepository drafts) {
        this.versions = versions;
        this.drafts = drafts;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String name() {
        return "afwegingskader";
    }

    @Override
    public boolean referenceData() {
        return true;
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        int added = 0;
        Clock clock = Clock.systemUTC();
        if (versions.count() == 0) {
            List<GateCriterion> gates = new ArrayList<>();
            List<ScoredCriterion> criteria = new ArrayList<>();
            for (JsonNode node : criteriaOf(catalog)) {
                String code = SeedCatalog.text(node, "code");
                String name = SeedCatalog.text(node, "name");
                String description = SeedCatalog.text(node, "description");
                if ("gate".equals(SeedCatalog.text(node, "kind"))) {
                    gates.add(new GateCriterion(code, name, description));
                } else if ("scored".equals(SeedCatalog.text(node, "kind"))) {
                    WsjfPart part = partOf(code, SeedCatalog.text(node, "wsjfComponent"));
                    if (part == WsjfPart.JOB_SIZE) {
                        description = description + " Hoe groter de opgave, hoe hoger de score.";
                    }
                    criteria.add(new ScoredCriterion(code, name, description, ScoreScale.FIBONACCI, BigDecimal.ONE, part));
                }
            }
            versions.save(new FrameworkVersionEntity(1, LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), PUBLISHED_BY, gates, criteria,
                    new WsjfBoosts(DEFAULT_LEGAL_OBLIGATION_BOOST, DEFAULT_PER_DEPENDENT_BOOST)));
            added++;
        }
        if (drafts.findById(FrameworkDraftEntity.THE_DRAFT).isEmpty()) {
            FrameworkVersion current = versions.findFirstByOrderByNumberDesc().orElseThrow().toVersion();
            FrameworkDraftEntity draft = startFrom(current);
            draft.touch(clock.instant().truncatedTo(ChronoUnit.MICROS), PUBLISHED_BY);
            drafts.save(draft);
            added++;
        }
        return added;
    }

    /** The section is an object; its "criteria" array is the one array among its values. */
    private static List<JsonNode> criteriaOf(SeedCatalog catalog) {
        List<JsonNode> criteria = new ArrayList<>();
        catalog.section("afwegingskader").stream().filter(JsonNode::isArray).forEach(array -> array.forEach(criteria::add));
        return criteria;
    }

    static WsjfPart partOf(String code, String component) {
        if ("jobSize".equals(component)) {
            return WsjfPart.JOB_SIZE;
        }
        return PARTS.getOrDefault(code, WsjfPart.BUSINESS_VALUE);
    }

    /** A draft holding the same gates, criteria and boosts as {@code version}. */
    static FrameworkDraftEntity startFrom(FrameworkVersion version) {
        FrameworkDraftEntity draft = new FrameworkDraftEntity(version.number(), version.boosts().legalObligation(),
                version.boosts().perDependentBouwsteen());
        version.gates().forEach(g -> draft.addGate(g.code(), g.name(), g.description()));
        version.criteria().forEach(c -> draft.addCriterion(c.code(), c.name(), c.description(),
                FrameworkScale.store(c.scale().values()), c.weight(), c.part()));
        return draft;
    }
}
