package org.normscope.world;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Expression;
import org.normscope.model.Id;
import org.normscope.model.Kind;

/**
 * Finds entities by what people call them: id, key, any name, alias, acronym or identifier, in
 * any language, ignoring case, diacritics and spacing. Expression titles and identifiers
 * ({@code A/66/359}) resolve to their instrument and that expression.
 */
final class NameIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Target(Id id, @Nullable String expression) {
    }

    private final Map<String, Set<Target>> byName = new HashMap<>();
    private final Map<Id, Entity> entities;

    NameIndex(Map<Id, Entity> entities) {
        this.entities = entities;
        for (Entity e : entities.values()) {
            Target t = new Target(e.id(), null);
            add(e.id().toString(), t);
            add(e.id().key(), t);
            e.labels().names().values().forEach(n -> add(n, t));
            e.labels().aliases().forEach(n -> add(n, t));
            e.labels().identifiers().values().forEach(n -> add(n, t));
            e.labels().identifiers().forEach((scheme, v) -> add(scheme + ":" + v, t));
            if (e.details() instanceof Details.InstrumentDetails d) {
                for (Expression x : d.expressions()) {
                    Target tx = new Target(e.id(), x.key());
                    add(x.title(), tx);
                    x.identifiers().values().forEach(n -> add(n, tx));
                }
            }
            if (e.details() instanceof Details.SourceDetails s) {
                add(s.title(), t);
            }
        }
    }

    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.replace('’', '\'').replace('‘', '\'').replace('ё', 'е').replace('Ё', 'Е');
        return SPACES.matcher(n.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    private void add(String name, Target t) {
        if (!name.isBlank()) {
            byName.computeIfAbsent(normalize(name), k -> new LinkedHashSet<>()).add(t);
        }
    }

    Resolution resolve(String reference, Set<Kind> kinds) {
        String ref = reference.strip();
        if (Id.looksLikeId(ref)) {
            try {
                Id id = Id.parse(ref);
                if (entities.containsKey(id) && (kinds.isEmpty() || kinds.contains(id.kind()))) {
                    return new Resolution.Found(id, null);
                }
            } catch (RuntimeException e) {
                // not a well-formed id after all: look it up as a name
            }
        }
        Set<Target> all = byName.getOrDefault(normalize(ref), Set.of());
        List<Target> fit = all.stream().filter(t -> kinds.isEmpty() || kinds.contains(t.id().kind())).toList();
        Set<Id> ids = new LinkedHashSet<>();
        fit.forEach(t -> ids.add(t.id()));
        if (ids.size() == 1) {
            Id id = ids.iterator().next();
            boolean work = fit.stream().anyMatch(t -> t.expression() == null);
            Set<String> expressions = new LinkedHashSet<>();
            fit.forEach(t -> {
                if (t.expression() != null) {
                    expressions.add(t.expression());
                }
            });
            return new Resolution.Found(id, work || expressions.size() != 1 ? null : expressions.iterator().next());
        }
        if (ids.size() > 1) {
            return new Resolution.Ambiguous(reference, ids.stream().sorted().toList());
        }
        return new Resolution.NotFound(reference, suggestions(ref, kinds));
    }

    /** Close matches by edit distance, best first; only asked when nothing matched. */
    private List<String> suggestions(String ref, Set<Kind> kinds) {
        String n = normalize(ref);
        record Scored(String label, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Set<Target>> e : byName.entrySet()) {
            Collection<Target> ts = e.getValue();
            Target t = ts.iterator().next();
            if (!kinds.isEmpty() && !kinds.contains(t.id().kind())) {
                continue;
            }
            int max = Math.max(2, n.length() / 4);
            int d = distance(n, e.getKey(), max);
            if (d < 0 && e.getKey().length() > n.length() + 1) {
                d = distance(n, e.getKey().substring(0, n.length() + 1), max);
            }
            boolean prefix = e.getKey().startsWith(n) && n.length() >= 2;
            if (d >= 0 || prefix) {
                String name = entities.get(t.id()).displayName();
                scored.add(new Scored(t.id() + " (" + name + ")", prefix ? 0 : d));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::label))
                .map(Scored::label).distinct().limit(5).toList();
    }

    /** Levenshtein distance, or -1 when it exceeds {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return -1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > max) {
                return -1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= max ? prev[b.length()] : -1;
    }
}
