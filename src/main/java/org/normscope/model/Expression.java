package org.normscope.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One realisation of an instrument: a language and version, official or not. A later version
 * {@code supersedes} an earlier one by key (the Code of Conduct of 2015 supersedes that of 2011).
 */
public record Expression(String key, String language, boolean official, String title, @Nullable String version,
                         @Nullable PartialDate date, Map<String, String> identifiers, @Nullable String supersedes,
                         @Nullable String translator, @Nullable String url, @Nullable String text,
                         List<SourceRef> sources) {
    public Expression {
        // insertion order is kept: the bundle writes identifiers back in the order they were read
        identifiers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(identifiers));
        sources = List.copyOf(sources);
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            throw new ModelException("expression key '" + key + "' is not a lower-case slug");
        }
    }
}
