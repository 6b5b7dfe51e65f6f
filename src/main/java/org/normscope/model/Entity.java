package org.normscope.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A thing Normscope knows about — a state, organisation, instrument, event, article or source —
 * with its labels, its kind-specific details, the sources for both, and an optional note.
 */
public record Entity(Id id, Labels labels, Details details, List<SourceRef> sources, @Nullable String note) {
    public Entity {
        sources = List.copyOf(sources);
        if (details.kind() != id.kind()) {
            throw new ModelException(id + " cannot have the details of a " + details.kind().prefix());
        }
    }

    /** The name to show: English if known, else the title of an article or source, else the key. */
    public String displayName() {
        return labels.preferredName().orElseGet(() -> switch (details) {
            case Details.ArticleDetails a -> a.title();
            case Details.SourceDetails s -> s.title();
            default -> id.key();
        });
    }

    /** Ids this entity refers to (parent, adopting body, host…), for the reference check. */
    public List<Id> references() {
        return details.references();
    }
}
