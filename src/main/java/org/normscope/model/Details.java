package org.normscope.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** What one kind of entity has that the others do not. */
public sealed interface Details {
    Kind kind();

    default List<Id> references() {
        return List.of();
    }

    private static List<Id> present(@Nullable Id... ids) {
        return Stream.of(ids).filter(Objects::nonNull).toList();
    }

    /** A state; {@code from}/{@code to} bound the existence of former states. */
    record StateDetails(@Nullable PartialDate from, @Nullable PartialDate to) implements Details {
        public Kind kind() {
            return Kind.STATE;
        }
    }

    record OrgDetails(OrgType type, @Nullable Id parent, @Nullable PartialDate from, @Nullable PartialDate to) implements Details {
        public Kind kind() {
            return Kind.ORG;
        }

        @Override
        public List<Id> references() {
            return present(parent);
        }
    }

    /** {@code membershipBinds}: membership of {@code adoptedBy} alone binds a member. */
    record InstrumentDetails(InstrumentType type, Nature nature, @Nullable Id adoptedBy, boolean membershipBinds,
                             List<Expression> expressions) implements Details {
        public InstrumentDetails {
            expressions = List.copyOf(expressions);
        }

        public Kind kind() {
            return Kind.INSTRUMENT;
        }

        @Override
        public List<Id> references() {
            return present(adoptedBy);
        }

        public @Nullable Expression expression(String key) {
            return expressions.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
        }
    }

    record EventDetails(EventType type, Period period, @Nullable String place, @Nullable Id host,
                        @Nullable Id organiser) implements Details {
        public Kind kind() {
            return Kind.EVENT;
        }

        @Override
        public List<Id> references() {
            return present(host, organiser);
        }
    }

    record ArticleDetails(String title, List<String> authors, PartialDate date, List<Id> mentions, String body) implements Details {
        public ArticleDetails {
            authors = List.copyOf(authors);
            mentions = List.copyOf(mentions);
        }

        public Kind kind() {
            return Kind.ARTICLE;
        }

        @Override
        public List<Id> references() {
            return mentions;
        }
    }

    /** A citation in CSL-JSON terms. */
    record SourceDetails(SourceType type, String title, List<String> authors, @Nullable String institution,
                         @Nullable String container, @Nullable String publisher, @Nullable String number,
                         @Nullable PartialDate issued, @Nullable String url, @Nullable PartialDate accessed,
                         @Nullable String language) implements Details {
        public SourceDetails {
            authors = List.copyOf(authors);
        }

        public Kind kind() {
            return Kind.SOURCE;
        }
    }
}
