package nl.tafelwerk.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.tafelwerk.assessment.analysis.CriterionStatistics;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.Spread;
import nl.tafelwerk.assessment.analysis.ValueCount;
import nl.tafelwerk.shared.Texts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The server-side charts: well-formed SVG, named and described for assistive technology, every text escaped. */
class ChartSvgTest {

    private static final ChartTexts DUTCH = ChartTexts.of(Texts.DUTCH);

    private static CriterionStatistics stats() {
        // 1, 2, 3, 5 and a skip: median 2.5, Q1 1.75, Q3 3.5
        return new CriterionStatistics("VS-01", "URG", 4, 1, Optional.of(new Spread(2.5, 1, 5, 1.75, 3.5)),
                List.of(new ValueCount(1, 1), new ValueCount(2, 1), new ValueCount(3, 1), new ValueCount(5, 1),
                        new ValueCount(8, 0), new ValueCount(13, 0), new ValueCount(20, 0)));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void distributionIsAnAccessibleImageWithTheNumbersInItsDescription() throws Exception {
        String svg = ChartSvg.distribution(stats(), "VS-01 <b>Medicatie</b> & \"overdracht\"", "Urgentie", DUTCH, Texts.DUTCH);

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String titleId = root.getAttribute("aria-labelledby");
        String descId = root.getAttribute("aria-describedby");
        Element title = (Element) doc.getElementsByTagName("title").item(0);
        Element desc = (Element) doc.getElementsByTagName("desc").item(0);
        assertThat(title.getAttribute("id")).isEqualTo(titleId);
        assertThat(desc.getAttribute("id")).isEqualTo(descId);
        assertThat(title.getTextContent()).isEqualTo("VS-01 <b>Medicatie</b> & \"overdracht\" · Urgentie");
        assertThat(desc.getTextContent()).contains("mediaan 2,5 · IQR 1,75 (1,75 tot 3,5) · 4 gescoord, 1 overgeslagen · laagste 1, hoogste 5")
                .contains("1: 1; 2: 1; 3: 1; 5: 1; 8: 0; 13: 0; 20: 0");
        assertThat(svg).doesNotContain("<b>").contains("&lt;b&gt;Medicatie&lt;/b&gt; &amp; &quot;overdracht&quot;");
    }

    @Test
    void medianBetweenTwoScaleValuesSitsBetweenTheirBars() {
        List<ValueCount> counts = stats().distribution();
        // slot 10 from 0: value 2 at centre 15, value 3 at 25; 2.5 halfway → 20; 4 is halfway from 3 to 5 → 30
        assertThat(ChartSvg.position(counts, 2.5, 0, 10)).isCloseTo(20, within(1e-9));
        assertThat(ChartSvg.position(counts, 4, 0, 10)).isCloseTo(30, within(1e-9));
        assertThat(ChartSvg.position(counts, 1, 0, 10)).isCloseTo(5, within(1e-9));
        assertThat(ChartSvg.position(counts, 20, 0, 10)).isCloseTo(65, within(1e-9));
    }

    @Test
    void nobodyScoredSaysSoInsteadOfDrawingAMedian() throws Exception {
        CriterionStatistics none = new CriterionStatistics("VS-01", "URG", 0, 3, Optional.empty(),
                List.of(new ValueCount(1, 0), new ValueCount(2, 0)));
        String svg = ChartSvg.distribution(none, "VS-01", "Urgentie", DUTCH, Texts.DUTCH);
        parse(svg);
        assertThat(svg).contains("Niemand heeft dit gescoord").contains("Nog geen scores · 3 overgeslagen")
                .doesNotContain("mediaan");
    }

    @Test
    void rankingBreakdownDescribesEveryItemsParts() throws Exception {
        List<RankedItem> ranked = SampleRound.analysis().ranking().ranked();
        String svg = ChartSvg.rankingBreakdown(ranked, DUTCH, Texts.DUTCH);
        Document doc = parse(svg);
        String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
        RankedItem first = ranked.getFirst();
        assertThat(desc).startsWith("1. " + first.item().code() + " ");
        assertThat(desc).contains("kosten van uitstel").contains("gedeeld door omvang");
        assertThat(desc.split("\\. ", -1).length).isGreaterThanOrEqualTo(ranked.size());
        assertThat(svg).contains("Wettelijke plicht").contains("Afhankelijke bouwstenen");
        assertThat(svg).doesNotContain("<direct>");
    }

    @Test
    void controlCharactersAreDroppedSoTheSvgStaysWellFormed() throws Exception {
        assertThat(ChartSvg.escape("a\u0000b\u0007c<'>")).isEqualTo("abc&lt;&#39;&gt;");
    }
}
