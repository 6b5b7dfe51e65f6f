package org.normscope.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Expression;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.Statement;
import org.normscope.model.Words;
import org.normscope.world.Snapshot;

/**
 * Turns entities into Lucene documents: one per entity, and one more per expression of an
 * instrument (its title and full text in its own language). Facet values are stored as doc
 * values so that counting them costs no stored-field reads.
 */
final class Documents {
    static final String ID = "id";
    static final String DOC = "doc";
    static final String ENTITY = "entity";
    static final String EXPRESSION = "expression";
    static final String KIND = "kind";
    static final String NAME = "name";
    static final String BODY = "body";
    static final String ORG = "org";
    static final String YEAR = "year";
    static final String LANGUAGE = "language";
    static final String NATURE = "nature";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Documents() {
    }

    /** Normalisation of exact names: the same as the command line's reference resolution. */
    static String exact(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("").replace('’', '\'').replace('ё', 'е').replace('Ё', 'Е');
        return n.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    static List<Document> of(Entity e, Snapshot s) {
        List<Document> out = new ArrayList<>();
        Document d = base(e.id().toString(), e.id(), e.displayName());
        Set<String> names = new LinkedHashSet<>();
        names.add(e.id().key());
        names.add(e.id().toString());
        names.addAll(e.labels().names().values());
        names.addAll(e.labels().aliases());
        names.addAll(e.labels().identifiers().values());
        e.labels().identifiers().forEach((k, v) -> names.addAll(identifierForms(k, v)));
        e.labels().names().forEach((lang, n) -> text(d, lang, n));
        StringBuilder body = new StringBuilder();
        if (e.note() != null) {
            text(d, "en", e.note());
            body.append(e.note());
        }
        Set<String> orgs = new LinkedHashSet<>();
        PartialDate year = null;
        switch (e.details()) {
            case Details.OrgDetails o -> {
                if (o.parent() != null) {
                    orgs.add(o.parent().toString());
                }
                orgs.add(e.id().toString());
                year = o.from();
            }
            case Details.StateDetails st -> {
                for (Statement.Membership m : s.membershipsOf(e.id())) {
                    orgs.add(m.org().toString());
                }
            }
            case Details.InstrumentDetails i -> {
                d.add(facet(NATURE, Words.word(i.nature())));
                if (i.adoptedBy() != null) {
                    orgs.add(i.adoptedBy().toString());
                }
                for (Expression x : i.expressions()) {
                    names.add(x.title());
                    names.addAll(x.identifiers().values());
                    out.add(expression(e, i, x));
                }
                for (Statement.LifecycleEvent l : s.lifecycleOf(e.id())) {
                    if (year == null && l.date() != null) {
                        year = l.date();
                    }
                }
            }
            case Details.EventDetails ev -> {
                if (ev.organiser() != null) {
                    orgs.add(ev.organiser().toString());
                }
                year = ev.period().from();
                if (ev.place() != null) {
                    names.add(ev.place());
                }
            }
            case Details.ArticleDetails a -> {
                text(d, "en", a.title());
                text(d, "en", a.body());
                body.append(a.body());
                names.add(a.title());
                a.mentions().stream().filter(m -> m.kind() == org.normscope.model.Kind.ORG).forEach(m -> orgs.add(m.toString()));
                year = a.date();
            }
            case Details.SourceDetails src -> {
                names.add(src.title());
                if (src.number() != null) {
                    names.add(src.number());
                }
                text(d, src.language() == null ? "en" : src.language(), src.title());
                for (String a : src.authors()) {
                    names.add(a);
                }
                if (src.institution() != null) {
                    text(d, "en", src.institution());
                }
                year = src.issued();
                if (src.language() != null) {
                    d.add(facet(LANGUAGE, src.language()));
                }
            }
        }
        // a source's title is evidence about a thing, not the thing: it matches, but below the entities it is about
        boolean source = e.id().kind() == org.normscope.model.Kind.SOURCE;
        for (String n : names) {
            d.add(new TextField(source ? Analyzers.SOURCE_NAMES : Analyzers.NAMES, n, Field.Store.NO));
            if (!source) {
                d.add(new StringField(Analyzers.EXACT, exact(n), Field.Store.NO));
            }
        }
        d.add(new StoredField(Analyzers.NAMES + "_stored", String.join(" · ", names)));
        if (!body.isEmpty()) {
            d.add(new StoredField(BODY, Snippets.scanned(body.toString())));
        }
        orgs.forEach(o -> d.add(facet(ORG, o)));
        if (year != null) {
            d.add(facet(YEAR, String.valueOf(year.year())));
        }
        out.addFirst(d);
        return out;
    }

    /** The ways people write an identifier: "CETS 185", "ETS 185", "ETS No. 185", "A/RES/53/70". */
    static List<String> identifierForms(String scheme, String value) {
        List<String> forms = new ArrayList<>();
        forms.add(scheme.toUpperCase(Locale.ROOT) + " " + value);
        if (scheme.equals("cets") || scheme.equals("ets")) {
            for (String p : List.of("ETS", "CETS")) {
                forms.add(p + " " + value);
                forms.add(p + " No. " + value);
            }
        }
        return forms;
    }

    static final String ID_DV = "id_dv";
    static final String PRIMARY = "primary";

    private static Document base(String docId, Id entity, String name) {
        Document d = new Document();
        d.add(new StringField(DOC, docId, Field.Store.YES));
        d.add(new StringField(ID, entity.toString(), Field.Store.YES));
        d.add(new org.apache.lucene.document.SortedDocValuesField(ID_DV, new BytesRef(entity.toString())));
        d.add(new org.apache.lucene.document.NumericDocValuesField(PRIMARY, docId.equals(entity.toString()) ? 1 : 0));
        d.add(facet(KIND, entity.kind().prefix()));
        d.add(new StoredField(NAME, name));
        return d;
    }

    private static Document expression(Entity e, Details.InstrumentDetails i, Expression x) {
        Document d = base(e.id() + "#" + x.key(), e.id(), x.title());
        d.add(new StoredField(EXPRESSION, x.key()));
        d.add(new TextField(Analyzers.NAMES, x.title(), Field.Store.NO));
        d.add(new StringField(Analyzers.EXACT, exact(x.title()), Field.Store.NO));
        for (String v : x.identifiers().values()) {
            d.add(new TextField(Analyzers.NAMES, v, Field.Store.NO));
            d.add(new StringField(Analyzers.EXACT, exact(v), Field.Store.NO));
        }
        text(d, x.language(), x.title());
        if (x.text() != null) {
            text(d, x.language(), x.text());
            d.add(new StoredField(BODY, Snippets.scanned(x.text())));
        }
        d.add(facet(LANGUAGE, x.language()));
        d.add(facet(NATURE, Words.word(i.nature())));
        if (i.adoptedBy() != null) {
            d.add(facet(ORG, i.adoptedBy().toString()));
        }
        if (x.date() != null) {
            d.add(facet(YEAR, String.valueOf(x.date().year())));
        }
        return d;
    }

    private static void text(Document d, String language, String text) {
        String field = Analyzers.textField(language);
        d.add(new TextField(field, text, Field.Store.NO));
        d.add(new StoredField(field + "_stored", Snippets.scanned(text)));
    }

    private static org.apache.lucene.index.IndexableField facet(String name, String value) {
        return new SortedSetDocValuesField(name, new BytesRef(value));
    }

    /** Facet fields are indexed too, so that a facet filter is a term query. */
    static void addFacetTerms(Document d) {
        List<org.apache.lucene.index.IndexableField> extra = new ArrayList<>();
        for (org.apache.lucene.index.IndexableField f : d.getFields()) {
            if (f instanceof SortedSetDocValuesField) {
                extra.add(new StringField("f_" + f.name(), f.binaryValue().utf8ToString(), Field.Store.YES));
            }
        }
        extra.forEach(d::add);
    }
}
