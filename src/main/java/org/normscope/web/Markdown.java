package org.normscope.web;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.normscope.model.Id;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Articles are Markdown with footnotes. Links to an id ({@code [the SCO](org/SCO)},
 * {@code [the declaration](source/sco-dushanbe-declaration-2014)}) become links to that entity's
 * page at the reader's date. The HTML is sanitised: an article can format text and link, nothing more.
 */
final class Markdown {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(FootnotesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "sup",
                    "section", "hr", "br", "a", "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("href").onElements("a")
            .allowAttributes("id", "class").onElements("a", "li", "sup", "section", "ol")
            .allowAttributes("data-footnote-ref", "data-footnote-backref", "data-footnotes").onElements("a", "section")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelNofollowOnLinks()
            .toFactory();

    private Markdown() {
    }

    /** Renders an article body; {@code link} turns an entity id into the URL of its page. */
    static String render(String markdown, Set<Id> known, Function<Id, String> link) {
        Node doc = PARSER.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link l) {
                String dest = l.getDestination();
                if (Id.looksLikeId(dest)) {
                    try {
                        Id id = Id.parse(dest);
                        if (known.contains(id)) {
                            l.setDestination(link.apply(id));
                        }
                    } catch (RuntimeException e) {
                        // not an id after all: leave the link as written
                    }
                }
                visitChildren(l);
            }
        });
        return POLICY.sanitize(RENDERER.render(doc));
    }
}
