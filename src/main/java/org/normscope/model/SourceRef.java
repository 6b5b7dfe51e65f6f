package org.normscope.model;

import org.jspecify.annotations.Nullable;

/** A citation of a source, with an optional locator: "para 72", "section 5", "table, row Kazakhstan". */
public record SourceRef(Id source, @Nullable String locator) {
    public SourceRef {
        if (source.kind() != Kind.SOURCE) {
            throw new ModelException(source + " is not a source");
        }
    }
}
