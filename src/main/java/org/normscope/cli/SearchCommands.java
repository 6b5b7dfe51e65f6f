package org.normscope.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.normscope.app.Normscope;
import org.normscope.model.Kind;
import org.normscope.model.ModelException;
import org.normscope.search.SearchIndex;
import org.normscope.world.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Question 9: full-text search, and rebuilding the index. */
final class SearchCommands {
    private SearchCommands() {
    }

    @Command(name = "search", description = "Full-text search of names, identifiers, instruments (in their languages), articles, events and sources.")
    static final class Search extends QueryCommands.Query {
        @Parameters(arity = "1..*", paramLabel = "QUERY") List<String> words;
        @Option(names = "--type", paramLabel = "KIND", description = "state, org, instrument, event, article or source.") String type;
        @Option(names = "--limit", paramLabel = "N", description = "Results per page (default 10).") int limit = 10;
        @Option(names = "--page", paramLabel = "P", description = "Page of results (default 1).") int page = 1;
        @Option(names = "--no-facets", negatable = false, description = "Leave the facet counts out: faster on queries that match"
                + " thousands; the total is then an estimate past 1,000 matches.") boolean noFacets;
        @Option(names = "--facet", paramLabel = "NAME=VALUE", description = "Narrow by a facet: org=org/SCO, year=2015, language=ru, nature=binding, status=in-force (on --at).") Map<String, String> facets = new LinkedHashMap<>();

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            Map<String, String> filters = new LinkedHashMap<>(facets);
            if (type != null) {
                try {
                    filters.put("kind", Kind.ofPrefix(type).prefix());
                } catch (ModelException e) {
                    throw new Main.UsageError("--type: " + e.getMessage());
                }
            }
            String query = String.join(" ", words);
            SearchIndex.Results r = store.search().search(new SearchIndex.Request(query, filters, at, page, limit, !noFacets), s);
            Output o = new Output("search", List.of("kind", "name", "id", "score", "snippet"))
                    .put("query", query).put("at", at).put("total", r.total());
            if (!r.exactTotal()) {
                o.put("total_exact", false);
            }
            if (r.message() != null) {
                o.put("message", r.message());
            }
            if (!r.suggestions().isEmpty()) {
                o.put("did_you_mean", String.join(", ", r.suggestions()));
            }
            o.putObject("facets", r.facets());
            for (SearchIndex.Hit h : r.hits()) {
                Map<String, Object> row = o.row();
                row.put("id", h.id().toString());
                row.put("name", h.name());
                row.put("kind", h.kind());
                row.put("expression", h.expression());
                row.put("score", Math.round(h.score() * 1000) / 1000.0);
                row.put("snippet", plain(h.snippet()));
                row.put("snippet_html", h.snippet());
                row.put("sources", s.entity(h.id()).map(e -> Output.sources(e.sources())).orElse(List.of()));
            }
            o.hideInJson(List.of());
            return o;
        }

        private static String plain(String html) {
            return html.replace("<mark>", "«").replace("</mark>", "»").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&amp;", "&");
        }
    }

    @Command(name = "reindex", description = "Rebuild the search index from the record.")
    static final class Reindex implements Callable<Integer> {
        @ParentCommand Main main;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Normscope store = main.open()) {
                int docs = store.reindex();
                spec.commandLine().getOut().printf("indexed %d documents%n", docs);
                return 0;
            }
        }
    }
}
