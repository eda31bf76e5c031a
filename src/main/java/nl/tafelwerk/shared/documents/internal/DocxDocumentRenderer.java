package nl.tafelwerk.shared.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentBlock;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The Word document, written with Apache POI: real Heading 1–4 styles (Word's navigation pane and the
 * contents field use them), a TOC field that Word fills with page numbers when the document opens (the
 * headings are written into it already, for readers that do not update fields), lists on Word numbering,
 * tables whose header row repeats on every page, and a footer with version, date and PAGE/NUMPAGES fields.
 */
final class DocxDocumentRenderer {

    static final String FONT = "Calibri";
    private static final int CONTENT_WIDTH_TWIPS = 9638; // A4 minus 2 × 2 cm
    private static final String LANGUAGE = "nl-NL";

    byte[] render(Document document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            new Writer(docx, document).write();
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX of '" + document.title() + "' could not be written", e);
        }
    }

    private record Format(boolean bold, boolean italic, boolean code, @Nullable String link) {
        static final Format PLAIN = new Format(false, false, false, null);
    }

    /** Where a paragraph sits: list depth (0 outside lists) and the numbering of the list it belongs to. */
    private record Place(int depth, @Nullable BigInteger numId, boolean quote) {
        static final Place BODY = new Place(0, null, false);
    }

    private static final class Writer {
        private final XWPFDocument docx;
        private final Document document;
        private final XWPFNumbering numbering;
        private BigInteger bulletAbstract = BigInteger.ZERO;
        private BigInteger decimalAbstract = BigInteger.ZERO;

        Writer(XWPFDocument docx, Document document) {
            this.docx = docx;
            this.document = document;
            this.numbering = docx.createNumbering();
        }

        void write() {
            page();
            styles();
            bulletAbstract = abstractList(true);
            decimalAbstract = abstractList(false);
            docx.getProperties().getCoreProperties().setTitle(safe(document.title()));
            docx.getProperties().getCoreProperties().setSubjectProperty(safe(document.subtitle()));
            docx.getProperties().getCoreProperties().setCreator(HouseStyle.TABLE_NAME);
            titlePage();
            contents();
            int headingLevel = 0;
            for (DocumentBlock block : document.blocks()) {
                switch (block) {
                    case DocumentBlock.Heading h -> {
                        headingLevel = Math.clamp(h.level(), 1, 6);
                        XWPFParagraph p = docx.createParagraph();
                        p.setStyle(headingStyle(h.level()));
                        p.createRun().setText(safe(h.text()));
                    }
                    case DocumentBlock.MarkdownText m -> blocks(MarkdownSyntax.parseUnder(HouseStyle.xmlSafe(m.markdown()), headingLevel),
                            Place.BODY);
                    case DocumentBlock.Table t -> dataTable(t);
                    case DocumentBlock.PageBreak p -> docx.createParagraph().setPageBreak(true);
                }
            }
            footer();
            docx.enforceUpdateFields();
        }

        // ------------------------------------------------------------ page, styles, title page, contents, footer

        private void page() {
            CTSectPr section = docx.getDocument().getBody().isSetSectPr()
                    ? docx.getDocument().getBody().getSectPr() : docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1247));
            margins.setBottom(BigInteger.valueOf(1474));
            margins.setLeft(BigInteger.valueOf(1134));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setHeader(BigInteger.valueOf(708));
            margins.setFooter(BigInteger.valueOf(567));
        }

        private void styles() {
            XWPFStyles styles = docx.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            styles.setDefaultFonts(fonts);
            styles.setSpellingLanguage(LANGUAGE);
            paragraphStyle(styles, "Normal", "Normal", -1, 21, HouseStyle.TEXT, false, 0, 120);
            paragraphStyle(styles, "Title", "Title", -1, 52, HouseStyle.ACCENT, true, 0, 160);
            paragraphStyle(styles, "Subtitle", "Subtitle", -1, 28, HouseStyle.MUTED, false, 0, 120);
            paragraphStyle(styles, "Heading1", "heading 1", 0, 34, HouseStyle.ACCENT, true, 360, 160);
            paragraphStyle(styles, "Heading2", "heading 2", 1, 26, HouseStyle.ACCENT, true, 280, 100);
            paragraphStyle(styles, "Heading3", "heading 3", 2, 22, HouseStyle.ACCENT, true, 200, 80);
            paragraphStyle(styles, "Heading4", "heading 4", 3, 21, HouseStyle.ACCENT, true, 160, 60);
            paragraphStyle(styles, "TOCHeading", "TOC Heading", -1, 34, HouseStyle.ACCENT, true, 0, 240);
            paragraphStyle(styles, "TOC1", "toc 1", -1, 21, HouseStyle.TEXT, true, 120, 40);
            paragraphStyle(styles, "TOC2", "toc 2", -1, 21, HouseStyle.TEXT, false, 0, 40);
            paragraphStyle(styles, "Caption", "caption", -1, 20, HouseStyle.TEXT, true, 160, 60);
            paragraphStyle(styles, "Quote", "Quote", -1, 21, HouseStyle.MUTED, false, 0, 120);
        }

        private static void paragraphStyle(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints,
                                           String colour, boolean bold, int before, int after) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            if (!"Normal".equals(id)) {
                style.addNewBasedOn().setVal("Normal");
                style.addNewNext().setVal("Normal");
            }
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            if (outlineLevel >= 0) {
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
                paragraph.addNewKeepNext();
            }
            var spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(before));
            spacing.setAfter(BigInteger.valueOf(after));
            if ("TOC1".equals(id) || "TOC2".equals(id)) {
                CTTabStop tab = paragraph.addNewTabs().addNewTab();
                tab.setVal(STTabJc.RIGHT);
                tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
                tab.setPos(BigInteger.valueOf(CONTENT_WIDTH_TWIPS));
                if ("TOC2".equals(id)) {
                    paragraph.addNewInd().setLeft(BigInteger.valueOf(400));
                }
            }
            if ("Quote".equals(id)) {
                paragraph.addNewInd().setLeft(BigInteger.valueOf(400));
            }
            CTRPr run = style.addNewRPr();
            run.addNewColor().setVal(colour);
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            if (bold) {
                run.addNewB();
            }
            styles.addStyle(new XWPFStyle(style));
        }

        private void titlePage() {
            XWPFParagraph spacer = docx.createParagraph();
            spacer.setSpacingBefore(2400);
            XWPFParagraph table = docx.createParagraph();
            table.setBorderBottom(Borders.SINGLE);
            XWPFRun tableRun = table.createRun();
            tableRun.setText(HouseStyle.TABLE_NAME);
            tableRun.setBold(true);
            tableRun.setColor(HouseStyle.ACCENT);
            tableRun.setFontSize(11);
            XWPFParagraph title = docx.createParagraph();
            title.setStyle("Title");
            title.setSpacingBefore(600);
            title.createRun().setText(safe(document.title()));
            XWPFParagraph subtitle = docx.createParagraph();
            subtitle.setStyle("Subtitle");
            subtitle.createRun().setText(safe(document.subtitle()));
            meta(document.versionLabel(), 2400, true);
            meta(HouseStyle.date(document), 0, false);
            docx.createParagraph().createRun().addBreak(BreakType.PAGE);
        }

        private void meta(String text, int before, boolean bold) {
            XWPFParagraph p = docx.createParagraph();
            p.setSpacingBefore(before);
            p.setSpacingAfter(40);
            p.setBorderLeft(Borders.THICK);
            p.setIndentationLeft(200);
            XWPFRun run = p.createRun();
            run.setText(safe(text));
            run.setBold(bold);
            run.setFontSize(11);
        }

        private void contents() {
            XWPFParagraph heading = docx.createParagraph();
            heading.setStyle("TOCHeading");
            heading.createRun().setText(HouseStyle.contents(document));
            List<DocumentBlock.Heading> entries = document.blocks().stream()
                    .filter(b -> b instanceof DocumentBlock.Heading h && h.level() <= 2)
                    .map(DocumentBlock.Heading.class::cast).toList();
            List<XWPFParagraph> lines = new ArrayList<>();
            if (entries.isEmpty()) {
                lines.add(docx.createParagraph());
            }
            for (DocumentBlock.Heading entry : entries) {
                XWPFParagraph line = docx.createParagraph();
                line.setStyle(entry.level() == 1 ? "TOC1" : "TOC2");
                lines.add(line);
            }
            XWPFParagraph first = lines.getFirst();
            fieldStart(first, "TOC \\o \"1-2\" \\h \\z \\u");
            for (int i = 0; i < entries.size(); i++) {
                lines.get(i).createRun().setText(safe(entries.get(i).text()));
            }
            fieldChar(lines.getLast(), STFldCharType.END);
            docx.createParagraph().createRun().addBreak(BreakType.PAGE);
        }

        private void footer() {
            XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.createParagraph();
            p.setBorderTop(Borders.SINGLE);
            CTTabStop tab = p.getCTPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(CONTENT_WIDTH_TWIPS));
            footerRun(p, safe(document.versionLabel()) + " · " + HouseStyle.date(document) + "\t"
                    + HouseStyle.page(document) + " ");
            fieldStart(p, "PAGE");
            footerRun(p, "1");
            fieldChar(p, STFldCharType.END);
            footerRun(p, " " + HouseStyle.of(document) + " ");
            fieldStart(p, "NUMPAGES");
            footerRun(p, "1");
            fieldChar(p, STFldCharType.END);
        }

        private static void footerRun(XWPFParagraph p, String text) {
            XWPFRun run = p.createRun();
            String[] parts = text.split("\t", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    run.addTab();
                }
                run.setText(parts[i], i);
            }
            run.setFontSize(8);
            run.setColor(HouseStyle.MUTED);
        }

        /** A complex field: begin, instruction, separate; the caller writes the current result and ends it. */
        private static void fieldStart(XWPFParagraph p, String instruction) {
            fieldChar(p, STFldCharType.BEGIN).getFldCharList().getFirst().setDirty(true);
            CTText text = p.createRun().getCTR().addNewInstrText();
            text.setStringValue(" " + instruction + " ");
            text.setSpace(SpaceAttribute.Space.PRESERVE);
            fieldChar(p, STFldCharType.SEPARATE);
        }

        private static CTR fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
            CTR run = p.createRun().getCTR();
            run.addNewFldChar().setFldCharType(type);
            return run;
        }

        // ------------------------------------------------------------ Markdown blocks

        private void blocks(Node parent, Place place) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                block(n, place, false);
            }
        }

        private void block(Node node, Place place, boolean firstInItem) {
            switch (node) {
                case Heading h -> {
                    XWPFParagraph p = docx.createParagraph();
                    p.setStyle(headingStyle(h.getLevel()));
                    inlines(p, h, Format.PLAIN);
                }
                case Paragraph para -> {
                    XWPFParagraph p = docx.createParagraph();
                    if (place.quote()) {
                        p.setStyle("Quote");
                    }
                    if (place.numId() != null && firstInItem) {
                        p.setNumID(place.numId());
                        p.setNumILvl(BigInteger.valueOf(Math.min(place.depth() - 1, 2)));
                        p.setSpacingAfter(40);
                    } else if (place.depth() > 0) {
                        p.setIndentationLeft(360 * (place.depth() + 1));
                    }
                    inlines(p, para, Format.PLAIN);
                }
                case BulletList list -> items(list, new Place(place.depth() + 1, numbering.addNum(bulletAbstract),
                        place.quote()));
                case OrderedList list -> {
                    BigInteger numId = numbering.addNum(decimalAbstract);
                    CTNumLvl restart = numbering.getNum(numId).getCTNum().addNewLvlOverride();
                    restart.setIlvl(BigInteger.valueOf(Math.min(place.depth(), 2)));
                    Integer start = list.getMarkerStartNumber();
                    restart.addNewStartOverride().setVal(BigInteger.valueOf(start == null ? 1 : start));
                    items(list, new Place(place.depth() + 1, numId, place.quote()));
                }
                case BlockQuote quote -> blocks(quote, new Place(place.depth(), place.numId(), true));
                case FencedCodeBlock code -> codeBlock(code.getLiteral());
                case IndentedCodeBlock code -> codeBlock(code.getLiteral());
                case HtmlBlock html -> codeBlock(html.getLiteral());
                case ThematicBreak rule -> docx.createParagraph().setBorderBottom(Borders.SINGLE);
                case TableBlock table -> markdownTable(table);
                default -> blocks(node, place);
            }
        }

        private void items(Node list, Place place) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    boolean first = true;
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        block(child, place, first);
                        first = false;
                    }
                }
            }
        }

        private void codeBlock(String literal) {
            XWPFParagraph p = docx.createParagraph();
            p.setIndentationLeft(360);
            XWPFRun run = p.createRun();
            run.setFontFamily("Consolas");
            String[] lines = literal.stripTrailing().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }

        private void inlines(XWPFParagraph p, Node parent, Format format) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                switch (n) {
                    case Text t -> run(p, t.getLiteral(), format);
                    case Code c -> run(p, c.getLiteral(), new Format(format.bold(), format.italic(), true, format.link()));
                    case HtmlInline html -> run(p, html.getLiteral(), format);
                    case SoftLineBreak b -> run(p, " ", format);
                    case HardLineBreak b -> p.createRun().addBreak();
                    case StrongEmphasis s -> inlines(p, s, new Format(true, format.italic(), format.code(), format.link()));
                    case Emphasis e -> inlines(p, e, new Format(format.bold(), true, format.code(), format.link()));
                    case Link l -> inlines(p, l, new Format(format.bold(), format.italic(), format.code(),
                            isExternal(l.getDestination()) ? l.getDestination() : null));
                    default -> inlines(p, n, format);
                }
            }
        }

        private static boolean isExternal(String url) {
            return url.regionMatches(true, 0, "http", 0, 4) || url.regionMatches(true, 0, "mailto:", 0, 7);
        }

        private static void run(XWPFParagraph p, String text, Format format) {
            XWPFRun run = format.link() == null ? p.createRun() : p.createHyperlinkRun(format.link());
            run.setText(text);
            run.setBold(format.bold());
            run.setItalic(format.italic());
            if (format.code()) {
                run.setFontFamily("Consolas");
            }
            if (format.link() != null) {
                run.setColor(HouseStyle.ACCENT);
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
        }

        // ------------------------------------------------------------ tables

        private void dataTable(DocumentBlock.Table t) {
            if (!t.caption().isBlank()) {
                XWPFParagraph caption = docx.createParagraph();
                caption.setStyle("Caption");
                caption.setKeepNext(true);
                caption.createRun().setText(safe(t.caption()));
            }
            int columns = Math.max(1, t.headers().size());
            XWPFTable table = table(t.rows().size() + 1, columns);
            for (int c = 0; c < columns; c++) {
                headerCell(table.getRow(0).getCell(c)).createRun()
                        .setText(c < t.headers().size() ? safe(t.headers().get(c)) : "");
                styleHeaderRuns(table.getRow(0).getCell(c));
            }
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> row = t.rows().get(r);
                for (int c = 0; c < columns; c++) {
                    XWPFTableCell cell = table.getRow(r + 1).getCell(c);
                    bodyCell(cell, r).createRun().setText(c < row.size() ? safe(row.get(c)) : "");
                }
            }
            docx.createParagraph();
        }

        private void markdownTable(TableBlock block) {
            List<TableRow> rows = new ArrayList<>();
            int headerRows = 0;
            for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow tr) {
                        rows.add(tr);
                        if (part instanceof TableHead) {
                            headerRows++;
                        }
                    }
                }
            }
            int columns = rows.stream().mapToInt(r -> {
                int n = 0;
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    n++;
                }
                return n;
            }).max().orElse(1);
            XWPFTable table = table(rows.size(), Math.max(1, columns));
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (Node cellNode = rows.get(r).getFirstChild(); cellNode != null; cellNode = cellNode.getNext(), c++) {
                    if (cellNode instanceof TableCell cell) {
                        XWPFTableCell target = table.getRow(r).getCell(c);
                        boolean header = r < headerRows;
                        XWPFParagraph p = header ? headerCell(target) : bodyCell(target, r - headerRows);
                        inlines(p, cell, Format.PLAIN);
                        if (header) {
                            styleHeaderRuns(target);
                        }
                    }
                }
            }
            docx.createParagraph();
        }

        private XWPFTable table(int rows, int columns) {
            XWPFTable table = docx.createTable(rows, columns);
            table.setWidthType(TableWidthType.PCT);
            table.setWidth("100%");
            table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, HouseStyle.ACCENT);
            table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, HouseStyle.RULE);
            table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, HouseStyle.RULE);
            table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
            table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
            table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
            table.setCellMargins(40, 100, 40, 100);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            return table;
        }

        private static XWPFParagraph headerCell(XWPFTableCell cell) {
            cell.setColor(HouseStyle.ACCENT);
            return cell.getParagraphs().getFirst();
        }

        private static void styleHeaderRuns(XWPFTableCell cell) {
            for (XWPFRun run : cell.getParagraphs().getFirst().getRuns()) {
                run.setBold(true);
                run.setColor("FFFFFF");
                run.setFontSize(9);
            }
        }

        private static XWPFParagraph bodyCell(XWPFTableCell cell, int row) {
            if (row % 2 == 1) {
                cell.setColor(HouseStyle.BAND);
            }
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setSpacingAfter(0);
            return p;
        }

        // ------------------------------------------------------------ numbering

        private BigInteger abstractList(boolean bullet) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            BigInteger id = BigInteger.valueOf(bullet ? 1 : 2);
            list.setAbstractNumId(id);
            String[] bullets = {"•", "–", "▪"};
            for (int level = 0; level < 3; level++) {
                CTLvl lvl = list.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
                lvl.addNewLvlText().setVal(bullet ? bullets[level] : "%" + (level + 1) + ".");
                var indent = lvl.addNewPPr().addNewInd();
                indent.setLeft(BigInteger.valueOf(360L * (level + 1) + 60));
                indent.setHanging(BigInteger.valueOf(300));
            }
            return numbering.addAbstractNum(new XWPFAbstractNum(list));
        }

        private static String headingStyle(int level) {
            return "Heading" + Math.clamp(level, 1, 4);
        }

        private static String safe(String text) {
            return HouseStyle.xmlSafe(text);
        }
    }
}
