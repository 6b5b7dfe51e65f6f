package org.normscope.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Expression;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.PartyStatus;
import org.normscope.model.Role;
import org.normscope.model.SourceRef;
import org.normscope.model.Statement;
import org.normscope.world.Rows;

/** The view models of the pages: plain values the templates lay out, computed before rendering. */
public final class Views {
    private Views() {
    }

    /** A dated fact for the home page's list of recent developments. */
    public record Development(PartialDate date, Id subject, String what, Id object, List<SourceRef> sources) {
    }

    public record Transaction(long id, Instant recordedAt, String author, String reason, int changes) {
    }

    public record OrgSummary(Id id, String name, int members, int others) {
    }

    public record ArticleSummary(Id id, String title, PartialDate date, List<String> authors) {
    }

    public record Home(List<OrgSummary> orgs, List<Development> developments, List<Transaction> changes,
                       List<ArticleSummary> articles, int states, int instruments, int events, int sources) {
    }

    public record RoleGroup(Role role, String label, List<Rows.Member> members) {
    }

    public record InstrumentSummary(Id id, String name, String type, String nature, @Nullable PartialDate adopted) {
    }

    public record EventSummary(Id id, String name, String dates, @Nullable String place) {
    }

    public record Org(Entity org, Details.OrgDetails details, List<RoleGroup> roles, List<Entity> organs,
                      List<InstrumentSummary> instruments, List<EventSummary> events, List<ArticleSummary> articles,
                      String map, List<String> notOnMap, String timeline, List<String> timelineRoles) {
    }

    public record MembershipLine(Id org, String role, @Nullable PartialDate from, @Nullable PartialDate to, String now,
                                 List<SourceRef> sources) {
    }

    public record Attended(Id event, String name, String dates, String role, List<SourceRef> sources) {
    }

    public record State(Entity state, List<MembershipLine> memberships, List<Rows.Party> instruments,
                        List<Attended> events, List<ArticleSummary> articles, String timeline) {
    }

    /** One line of a participant table in the manner of the UN Treaty Collection. */
    public record Participant(Id id, String name, String signature, String consent, String effective,
                              String reservations, String withdrawal, String sponsorship, @Nullable PartyStatus status,
                              boolean certain, List<SourceRef> sources) {
    }

    /** Two expressions side by side, line by line, with the lines that differ marked. */
    public record SideBySide(Expression left, Expression right, List<DiffLine> lines) {
    }

    public record DiffLine(String left, String right, boolean changed) {
    }

    public record Instrument(Entity instrument, Details.InstrumentDetails details, List<Statement.LifecycleEvent> lifecycle,
                             List<Participant> participants, String map, List<String> notOnMap,
                             @Nullable SideBySide compare, @Nullable String expression, List<ArticleSummary> articles) {
    }

    public record Participation(Id id, String name, String role, List<SourceRef> sources) {
    }

    public record Event(Entity event, Details.EventDetails details, List<Participation> participants,
                        List<InstrumentSummary> adopted, List<ArticleSummary> articles) {
    }

    public record Article(Entity article, Details.ArticleDetails details, String html) {
    }

    /** A fact a source supports: what it says and the entity it is about. */
    public record Supported(Id about, String what, @Nullable String locator) {
    }

    public record Source(Entity source, Details.SourceDetails details, String citation, List<Supported> supports) {
    }

    public record Problem(int status, String heading, String message, List<String> suggestions) {
    }

    public record SearchHit(Id id, String name, String kind, @Nullable String expression, String snippet) {
    }

    /** One value of a facet: how many results have it, and the link that narrows to it (or widens again). */
    public record FacetValue(String value, String label, int count, String href, boolean active) {
    }

    public record Facet(String name, String label, List<FacetValue> values) {
    }

    public record Search(String query, int total, List<SearchHit> hits, List<Facet> facets, List<String> suggestions,
                         @Nullable String message, int page, int pages, @Nullable String previous, @Nullable String next) {
    }

    /** A control of an analysis form: its name, label, value and a hint. */
    public record Field(String name, String label, String value, String hint) {
    }

    /** A table cell: text, an optional link, a class for styling, and the sources behind it. */
    public record Cell(String text, @Nullable String href, @Nullable String css, List<SourceRef> sources) {
        public static Cell of(String text) {
            return new Cell(text, null, null, List.of());
        }
    }

    public record Link(String label, String href) {
    }

    /** An analysis page: the builder form, and the answer as a table, perhaps with a figure. */
    public record Analysis(String intro, String action, List<Field> form, @Nullable String error, List<String> headers,
                           List<List<Cell>> rows, List<String> footer, @Nullable String figure, @Nullable String figureCaption,
                           List<Link> links) {
    }
}
