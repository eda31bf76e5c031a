package nl.tafelwerk.shared.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentBlock;
import nl.tafelwerk.shared.documents.DocumentBlock.Heading;
import nl.tafelwerk.shared.documents.DocumentBlock.MarkdownText;
import nl.tafelwerk.shared.documents.DocumentBlock.PageBreak;
import nl.tafelwerk.shared.documents.DocumentBlock.Table;

/** Advice-like documents for the renderer's tests and benchmark: the nine sections of issue 14, with real-looking text. */
final class SampleDocuments {

    static final String[] SECTIONS = {"Vraag", "Analyse", "Betrokken sectoren en bouwstenen",
            "Afhankelijkheden en volgordelijkheid", "Scenario's", "Voorkeursscenario", "Gevolgen per sector",
            "Minderheidsstandpunten", "Bestuurlijk gremium"};

    private SampleDocuments() {}

    static Document small() {
        return new Document("Advies VS-07 — Medicatieoverdracht", "Aan het Bestuurlijk Overleg Informatieberaad",
                "Versie 2 (vastgesteld)", LocalDate.of(2026, 11, 29), Document.DUTCH, List.of(
                new Heading(1, "Vraag"),
                new MarkdownText("""
                        De tafel adviseert over **medicatieoverdracht** tussen huisarts en ziekenhuis.
                        Zie ook [de landelijke afspraken](https://example.org/afspraken) en *het werkprogramma*.

                        - eerste gevolg voor de huisartsen
                        - tweede gevolg voor de ziekenhuizen
                          - met een onderpunt

                        1. stap een: inventariseren
                        2. stap twee: invoeren

                        <script>alert('niet uitvoeren')</script>

                        | Sector | Positie |
                        | --- | --- |
                        | HAZ | steunt |
                        | MSZ | steunt met voorbehoud |
                        """),
                new Heading(2, "Achtergrond"),
                new MarkdownText("Een [gevaarlijke link](javascript:alert(1)) blijft alleen tekst."),
                new PageBreak(),
                new Heading(1, "Rangorde"),
                new Table("Rangorde van de scoringsronde", List.of("Plaats", "Code", "Titel", "WSJF"), List.of(
                        List.of("1", "MITZ", "Mitz toestemmingen", "8,4"),
                        List.of("2", "LSP", "Landelijk schakelpunt", "7,9"))),
                new Heading(1, "Bestuurlijk gremium"),
                new MarkdownText("Het advies gaat naar het **Informatieberaad Zorg**.")));
    }

    /** About 30 pages: nine sections with paragraphs and lists, a 40-row ranking and a scenario comparison. */
    static Document thirtyPages() {
        List<DocumentBlock> blocks = new ArrayList<>();
        String paragraph = "De tafel heeft de bouwstenen gewogen op het afwegingskader (versie 3). De **huisartsenzorg** "
                + "en de *medisch-specialistische zorg* zien de grootste winst bij eenduidige medicatieoverdracht; de "
                + "langdurige zorg vraagt aandacht voor de invoeringslast bij kleine aanbieders. Zie "
                + "[het verslag](https://example.org/verslag) van de vorige vergadering voor de onderbouwing.";
        for (int s = 0; s < SECTIONS.length; s++) {
            blocks.add(new Heading(1, (s + 1) + ". " + SECTIONS[s]));
            for (int sub = 1; sub <= 3; sub++) {
                blocks.add(new Heading(2, (s + 1) + "." + sub + " Onderdeel " + sub));
                StringBuilder md = new StringBuilder();
                for (int p = 0; p < 4; p++) {
                    md.append(paragraph).append("\n\n");
                }
                md.append("- Gevolg voor HAZ: minder overtypen\n- Gevolg voor MSZ: koppeling met het EPD\n"
                        + "- Gevolg voor LZ: scholing van medewerkers\n\n1. Inventariseren\n2. Pilot in twee regio's\n"
                        + "3. Landelijke uitrol\n\n");
                md.append(paragraph).append("\n");
                blocks.add(new MarkdownText(md.toString()));
            }
            if (s == 1) {
                List<List<String>> ranking = new ArrayList<>();
                for (int r = 1; r <= 40; r++) {
                    ranking.add(List.of(String.valueOf(r), "BS-" + r, "Bouwsteen nummer " + r + " voor gegevensuitwisseling",
                            String.format("%.1f", 9.5 - r * 0.2), r % 3 == 0 ? "LZ" : r % 2 == 0 ? "MSZ" : "HAZ"));
                }
                blocks.add(new Table("Rangorde van de scoringsronde (WSJF)",
                        List.of("Plaats", "Code", "Bouwsteen", "WSJF", "Sector"), ranking));
            }
            if (s == 4) {
                List<List<String>> comparison = new ArrayList<>();
                for (String row : List.of("Kosten 2027", "Kosten 2028", "Kosten 2029", "Baten", "Resultaat", "NPV",
                        "FTE", "Einddatum", "Kritiek pad", "Risicoprofiel", "Aantal bouwstenen", "Voorkeur HAZ",
                        "Voorkeur MSZ", "Voorkeur LZ")) {
                    comparison.add(List.of(row, "€ 1.250.000", "€ 1.480.000", "€ 990.000"));
                }
                blocks.add(new Table("Vergelijking van de scenario's", List.of("Parameter", "SC-01 Snel", "SC-02 Gefaseerd",
                        "SC-03 Minimaal"), comparison));
            }
            blocks.add(new PageBreak());
        }
        return new Document("Advies VS-07 — Medicatieoverdracht in de keten", "Aan het Bestuurlijk Overleg Informatieberaad",
                "Versie 3 (vastgesteld)", LocalDate.of(2026, 11, 29), Document.DUTCH, blocks);
    }
}
