package nl.tafelwerk.shared.documents.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one place that reads Markdown written by people (CommonMark with GFM tables), for the app's HTML
 * and for both document formats, so a link refused in one is refused in all. Raw HTML is kept as text,
 * links with a scheme other than http, https or mailto lose their link (their text stays), and images
 * become their alt text: a document never fetches anything from elsewhere.
 */
public final class MarkdownSyntax {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link link) {
                    attributes.put("rel", "noopener noreferrer");
                    // shows where a link leads before it is followed; the tagged PDF needs it as the link's description
                    attributes.put("title", link.getTitle() != null ? link.getTitle() : link.getDestination());
                }
            })
            .build();
    static final int MAX_MARKDOWN = 100_000;
    static final int MAX_DEPTH = 40;
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    private MarkdownSyntax() {}

    /** Parses and cleans for the screen: disallowed links unwrapped, images replaced by their text, headings as written. */
    public static Node parse(String markdown) {
        return parse(markdown, 0);
    }

    /**
     * Parses and cleans like {@link #parse(String)}, for a document where the text sits below a heading of level
     * {@code headingLevel} (0: none): its "#" becomes the next level down, and no heading skips a level after the one
     * before it (a section written with "###" only gets the level below the section's title), as PDF/UA and screen
     * readers need (ISO 14289-1, 7.4.2). At most level 6.
     */
    public static Node parseUnder(String markdown, int headingLevel) {
        return parse(markdown, Math.clamp(headingLevel, 0, 5));
    }

    private static Node parse(String markdown, int headingLevel) {
        Node document = markdown.length() > MAX_MARKDOWN ? plainText(markdown) : parseBounded(markdown);
        List<Node> toUnwrap = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!isAllowedUrl(link.getDestination())) {
                    toUnwrap.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                toUnwrap.add(image);
                visitChildren(image);
            }

            private int previousLevel = headingLevel;

            @Override
            public void visit(Heading heading) {
                if (headingLevel > 0) {
                    int level = Math.min(Math.min(6, heading.getLevel() + headingLevel), previousLevel + 1);
                    heading.setLevel(level);
                    previousLevel = level;
                }
                visitChildren(heading);
            }
        });
        toUnwrap.forEach(MarkdownSyntax::unwrap);
        return document;
    }

    /**
     * CommonMark's inline parser slows down more than linearly on one long paragraph full of delimiters
     * (2.4 MB took 73 s) and recurses per nesting level (20,000 "&gt;" overflow the stack); such text is shown
     * as plain paragraphs instead. Real sections and minutes are far below both limits.
     */
    private static Node parseBounded(String markdown) {
        try {
            Node document = PARSER.parse(markdown);
            return depth(document) > MAX_DEPTH ? plainText(markdown) : document;
        } catch (StackOverflowError tooDeep) {
            return plainText(markdown);
        }
    }

    private static int depth(Node root) {
        int max = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            max = Math.max(max, depth);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return max;
    }

    private static Node plainText(String text) {
        org.commonmark.node.Document document = new org.commonmark.node.Document();
        for (String chunk : text.split("\\n\\s*\\n")) {
            if (chunk.isBlank()) {
                continue;
            }
            Paragraph paragraph = new Paragraph();
            String[] lines = chunk.split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    paragraph.appendChild(new HardLineBreak());
                }
                paragraph.appendChild(new Text(lines[i]));
            }
            document.appendChild(paragraph);
        }
        return document;
    }

    public static String html(Node document) {
        return HTML.render(document);
    }

    /** http(s) and mailto links, and paths within Tafelwerk ("/voorraadagenda/VS-01", "#kop"); nothing else. */
    public static boolean isAllowedUrl(String url) {
        StringBuilder cleaned = new StringBuilder();
        url.codePoints().filter(c -> c > 0x20 && c != 0x7f).forEach(cleaned::appendCodePoint);
        String u = cleaned.toString().toLowerCase(Locale.ROOT);
        if (u.isEmpty() || u.contains("\\")) {
            return false;
        }
        int colon = u.indexOf(':');
        int pathStart = indexOfAny(u, "/?#");
        if (colon >= 0 && (pathStart < 0 || colon < pathStart)) {
            return ALLOWED_SCHEMES.contains(u.substring(0, colon));
        }
        return (u.startsWith("/") && !u.startsWith("//")) || u.startsWith("#");
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}
