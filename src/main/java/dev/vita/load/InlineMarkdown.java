package dev.vita.load;

import dev.vita.model.RichText;
import dev.vita.model.RichText.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Inline Markdown in the profile's free text, read by commonmark-java into {@link RichText}:
 * {@code **bold**}, {@code *italic*}, {@code [text](https://…)}, {@code `code`} and bare https
 * links. Only inline syntax counts (block syntax such as "1." or "#" at a line's start stays text),
 * raw HTML stays literal text, and links go to http, https or mailto only.
 */
final class InlineMarkdown {
    /** Styles nested deeper than this print as plain text, with a warning: no input can exhaust the stack. */
    static final int MAX_DEPTH = 12;
    /** Without one of these characters (or a web address) a text has no Markdown and is kept as written. */
    private static final Pattern MAYBE_MARKUP = Pattern.compile("[*_`\\[\\]<>\\\\&!]|https?://|www\\.", Pattern.CASE_INSENSITIVE);
    /** Thread-safe once built: one for every profile. */
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of())
            .extensions(List.of(AutolinkExtension.builder().linkTypes(AutolinkType.URL).build()))
            .build();

    private InlineMarkdown() {}

    /** What one text became, with what was wrong (errors) and what was only odd (warnings). */
    record Result(RichText text, List<String> errors, List<String> warnings) {}

    /** Reads one field's text. */
    static Result parse(String source) {
        if (source == null) return new Result(null, List.of(), List.of());
        if (!MAYBE_MARKUP.matcher(source).find()) return new Result(RichText.plain(source), List.of(), List.of());
        Walk w = new Walk();
        Node doc = PARSER.parse(source);
        boolean first = true;
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (!first) w.spans.add(new Span("\n\n", false, false));
            first = false;
            if (block instanceof Paragraph) {
                w.children(block, false, false, false, null, 1);
            } else {
                w.flat(block, false, false, false, null);
            }
        }
        return new Result(new RichText(w.spans), List.copyOf(w.errors), List.copyOf(w.warnings));
    }

    /** True when a link target is one user data may carry: http(s) with a host, or mailto. */
    static boolean allowedLink(String url) {
        String u = url == null ? "" : url.strip();
        return Links.isWebUrl(u) || (u.toLowerCase(Locale.ROOT).startsWith("mailto:") && u.length() > 7 && u.indexOf('@') > 0);
    }

    /** One pass over the tree, collecting spans. */
    private static final class Walk {
        final List<Span> spans = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void children(Node parent, boolean italic, boolean bold, boolean code, String url, int depth) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) node(n, italic, bold, code, url, depth);
        }

        void node(Node n, boolean italic, boolean bold, boolean code, String url, int depth) {
            if (depth > MAX_DEPTH) {
                if (warnings.isEmpty()) warnings.add("inline Markdown nested more than " + MAX_DEPTH + " levels deep; the rest prints as plain text");
                flat(n, italic, bold, code, url);
                return;
            }
            if (n instanceof Text t) {
                spans.add(new Span(t.getLiteral(), italic, bold, code, url));
            } else if (n instanceof Code c) {
                spans.add(new Span(c.getLiteral(), italic, bold, true, url));
            } else if (n instanceof HtmlInline h) {
                spans.add(new Span(h.getLiteral(), italic, bold, code, url)); // raw HTML is text, never markup
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                spans.add(new Span("\n", italic, bold, code, url));
            } else if (n instanceof Emphasis) {
                children(n, true, bold, code, url, depth + 1);
            } else if (n instanceof StrongEmphasis) {
                children(n, italic, true, code, url, depth + 1);
            } else if (n instanceof Link l) {
                String target = l.getDestination();
                String ok = null;
                if (url != null) {
                    ok = url; // a link inside a link keeps the outer one
                } else if (allowedLink(target)) {
                    ok = target.strip();
                } else if (isAutolink(l)) {
                    ok = null; // a bare ftp:// or similar address: its text stays, unlinked
                } else {
                    errors.add("link to '" + YamlChecker.shorten(target) + "' refused: links go to http://, https:// or mailto: addresses");
                }
                children(n, italic, bold, code, ok, depth + 1);
            } else if (n instanceof Image) {
                children(n, italic, bold, code, url, depth + 1); // an image prints its description
            } else {
                children(n, italic, bold, code, url, depth + 1);
            }
        }

        /** The text of a subtree without any style, walked with a stack rather than recursion. */
        void flat(Node root, boolean italic, boolean bold, boolean code, String url) {
            Deque<Node> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                if (n instanceof Text t) spans.add(new Span(t.getLiteral(), italic, bold, code, url));
                else if (n instanceof Code c) spans.add(new Span(c.getLiteral(), italic, bold, code, url));
                else if (n instanceof HtmlInline h) spans.add(new Span(h.getLiteral(), italic, bold, code, url));
                else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) spans.add(new Span("\n", italic, bold, code, url));
                List<Node> kids = new ArrayList<>();
                for (Node k = n.getFirstChild(); k != null; k = k.getNext()) kids.add(k);
                for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
            }
        }

        private static boolean isAutolink(Link l) {
            Node only = l.getFirstChild();
            return only instanceof Text t && only.getNext() == null && t.getLiteral().equals(l.getDestination());
        }
    }
}
