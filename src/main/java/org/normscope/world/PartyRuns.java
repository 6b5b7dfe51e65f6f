package org.normscope.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.normscope.model.ActionType;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.PartyStatus;
import org.normscope.model.SourceRef;
import org.normscope.model.Statement;
import org.normscope.model.Statement.ParticipationAction;
import org.normscope.model.Truth;

/**
 * One instrument's participation actions, laid out for parties-at: sorted by actor, then in
 * canonical order, so that each actor's actions form a run; and beside the action objects, in
 * plain arrays, everything the status rules read, so that working out a standing touches a few
 * contiguous arrays instead of an action, its dates and their fields for each action.
 *
 * <p>The status rules (the latest action of each kind possibly done by the day; withdrawn once
 * any withdrawal after the latest consent has taken effect; a consent in effect from its own
 * effective date, or from the later of its date and the instrument's entry into force; a refusal
 * only when nothing else applies) are in {@link #standing}. An unknown date
 * is stored as the widest range, which gives the same answers as the rules for a missing date:
 * possibly done on any day, never certainly.
 */
final class PartyRuns {
    private static final ParticipationAction[] NO_ACTIONS = {};
    private static final Comparator<ParticipationAction> BY_ACTOR =
            Comparator.comparing(ParticipationAction::actor).thenComparing(Statement.CANONICAL_ORDER);
    private static final int CONSENT = 0;
    private static final int WITHDRAWAL = 1;
    private static final int SIGNATURE = 2;
    private static final int SPONSOR = 3;
    private static final int REFUSAL = 4;
    private static final int OTHER = 5;

    private final ParticipationAction[] actions;
    /** Run {@code r} is {@code actions[start[r]]} up to {@code start[r + 1]}. */
    private final int[] start;
    private final Id[] actors;
    private final String[] names;
    /** Each run's actor's {@link Snapshot#nameRank}. */
    private final int[] ranks;

    /**
     * Per action, side by side so that one instrument's facts share a few cache lines: for action
     * {@code i}, at {@code i * STRIDE}: the possible first and last epoch day of its date ({@code
     * LO}, {@code HI}); its date's place among the run's dates ({@code ORDER}: equal dates share a
     * number, later dates have larger ones, an unknown date 0); the days it takes effect ({@code
     * EFFECT_LO}, {@code EFFECT_HI}: for a withdrawal its effective date, else its date; for a
     * consent its effective date, else the later of its date and the entry into force); and its
     * {@code KIND}.
     */
    private final int[] facts;
    private static final int LO = 0;
    private static final int HI = 1;
    private static final int ORDER = 2;
    private static final int EFFECT_LO = 3;
    private static final int EFFECT_HI = 4;
    private static final int KIND = 5;
    private static final int STRIDE = 6;
    private final @Nullable String[] expressions;
    private final List<SourceRef>[] sources;

    @SuppressWarnings({"unchecked", "rawtypes"})
    PartyRuns(List<ParticipationAction> list, Snapshot names, @Nullable PartialDate inForce) {
        actions = list.toArray(NO_ACTIONS);
        Arrays.sort(actions, BY_ACTOR);
        int n = actions.length;
        int runs = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || !actions[i].actor().equals(actions[i - 1].actor())) {
                runs++;
            }
        }
        start = new int[runs + 1];
        actors = new Id[runs];
        this.names = new String[runs];
        ranks = new int[runs];
        facts = new int[n * STRIDE];
        expressions = new String[n];
        sources = new List[n];
        int r = -1;
        for (int i = 0; i < n; i++) {
            ParticipationAction a = actions[i];
            boolean first = i == 0 || !a.actor().equals(actions[i - 1].actor());
            if (first) {
                r++;
                start[r] = i;
                actors[r] = a.actor();
                this.names[r] = names.name(a.actor());
                ranks[r] = names.nameRank(a.actor());
            }
            ActionType t = a.type();
            int kind = t.isConsent() ? CONSENT : t == ActionType.WITHDRAWAL ? WITHDRAWAL : t == ActionType.SIGNATURE ? SIGNATURE
                    : t.isSponsorship() ? SPONSOR : t == ActionType.REFUSAL ? REFUSAL : OTHER;
            int at = i * STRIDE;
            facts[at + KIND] = kind;
            facts[at + LO] = PeriodBounds.first(a.date());
            facts[at + HI] = PeriodBounds.last(a.date());
            if (a.date() == null) {
                facts[at + ORDER] = 0;
            } else if (first || actions[i - 1].date() == null) {
                facts[at + ORDER] = 1;
            } else {
                facts[at + ORDER] = facts[at - STRIDE + ORDER] + (a.date().compareTo(actions[i - 1].date()) > 0 ? 1 : 0);
            }
            PartialDate effect = null;
            boolean never = false;
            if (kind == WITHDRAWAL) {
                effect = a.effective() != null ? a.effective() : a.date();
            } else if (kind == CONSENT) {
                never = a.effective() == null && inForce == null;
                effect = a.effective() != null ? a.effective() : later(a.date(), inForce);
            }
            facts[at + EFFECT_LO] = never ? Integer.MAX_VALUE : PeriodBounds.first(effect);
            facts[at + EFFECT_HI] = never ? Integer.MAX_VALUE : PeriodBounds.last(effect);
            expressions[i] = a.expression();
            sources[i] = a.sources();
        }
        start[runs] = n;
    }

    private static @Nullable PartialDate later(@Nullable PartialDate a, @Nullable PartialDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    int runs() {
        return actors.length;
    }

    Id actor(int r) {
        return actors[r];
    }

    int rank(int r) {
        return ranks[r];
    }

    /** The run of {@code actor}, or a negative number. */
    int runOf(Id actor) {
        return Arrays.binarySearch(actors, actor);
    }

    /** Is a date with these possible bounds on or before {@code day}? */
    private static Truth onOrBefore(int lo, int hi, long day) {
        if (hi <= day) {
            return Truth.YES;
        }
        return lo > day ? Truth.NO : Truth.MAYBE;
    }

    /**
     * The standing of run {@code r}'s actor on {@code day}, from its actions possibly done by
     * then (of one expression of the instrument, when {@code expression} is given), or null.
     */
    Rows.@Nullable Party standing(int r, @Nullable String expression, long day) {
        int consent = -1;
        int withdrawal = -1;
        int signature = -1;
        int sponsor = -1;
        int refusal = -1;
        int firstDone = -1;
        int done = 0;
        for (int i = start[r]; i < start[r + 1]; i++) {
            int at = i * STRIDE;
            if (facts[at + LO] > day || (expression != null && expressions[i] != null && !expressions[i].equals(expression))) {
                continue;
            }
            if (done++ == 0) {
                firstDone = i;
            }
            // the latest of each kind; of equal dates, the first in canonical order
            int order = facts[at + ORDER];
            switch (facts[at + KIND]) {
                case CONSENT -> consent = consent < 0 || order > facts[consent + ORDER] ? at : consent;
                case WITHDRAWAL -> withdrawal = withdrawal < 0 || order > facts[withdrawal + ORDER] ? at : withdrawal;
                case SIGNATURE -> signature = signature < 0 || order > facts[signature + ORDER] ? at : signature;
                case SPONSOR -> sponsor = sponsor < 0 || order > facts[sponsor + ORDER] ? at : sponsor;
                case REFUSAL -> refusal = refusal < 0 || order > facts[refusal + ORDER] ? at : refusal;
                default -> {
                }
            }
        }
        if (done == 0) {
            return null;
        }
        PartyStatus status;
        Truth truth;
        Truth withdrawn = Truth.NO;
        // consent, withdrawal, signature, sponsor and refusal hold the chosen actions' offsets into facts
        if (withdrawal >= 0 && (consent < 0 || facts[withdrawal + ORDER] > facts[consent + ORDER])) {
            // withdrawn once any withdrawal after the latest consent has taken effect, not only the latest one
            int after = consent < 0 ? Integer.MIN_VALUE : facts[consent + ORDER];
            for (int i = start[r]; i < start[r + 1] && withdrawn != Truth.YES; i++) {
                int at = i * STRIDE;
                if (facts[at + KIND] == WITHDRAWAL && facts[at + LO] <= day && facts[at + ORDER] > after
                        && (expression == null || expressions[i] == null || expressions[i].equals(expression))) {
                    withdrawn = withdrawn.or(onOrBefore(facts[at + EFFECT_LO], facts[at + EFFECT_HI], day));
                }
            }
        }
        if (withdrawn != Truth.NO) {
            status = PartyStatus.WITHDRAWN;
            truth = withdrawn;
        } else if (consent >= 0) {
            Truth given = onOrBefore(facts[consent + LO], facts[consent + HI], day);
            Truth inEffect = onOrBefore(facts[consent + EFFECT_LO], facts[consent + EFFECT_HI], day);
            if (inEffect != Truth.NO) {
                status = PartyStatus.BOUND;
                truth = given.and(inEffect);
            } else {
                status = PartyStatus.CONSENTED;
                truth = given;
            }
        } else if (signature >= 0) {
            status = PartyStatus.SIGNATORY;
            truth = onOrBefore(facts[signature + LO], facts[signature + HI], day);
        } else if (sponsor >= 0) {
            status = PartyStatus.SPONSOR;
            truth = onOrBefore(facts[sponsor + LO], facts[sponsor + HI], day);
        } else if (refusal >= 0) {
            status = PartyStatus.DECLINED;
            truth = onOrBefore(facts[refusal + LO], facts[refusal + HI], day);
        } else {
            return null;
        }
        List<ParticipationAction> cited;
        List<SourceRef> citing;
        if (done == 1) {
            cited = List.of(actions[firstDone]);
            citing = sources[firstDone];
        } else {
            List<ParticipationAction> some = new ArrayList<>(done);
            Set<SourceRef> distinct = new LinkedHashSet<>();
            for (int i = firstDone; i < start[r + 1]; i++) {
                if (facts[i * STRIDE + LO] <= day && (expression == null || expressions[i] == null || expressions[i].equals(expression))) {
                    some.add(actions[i]);
                    distinct.addAll(sources[i]);
                }
            }
            cited = List.copyOf(some);
            citing = List.copyOf(distinct);
        }
        return new Rows.Party(actors[r], names[r], status, truth == Truth.YES, cited, citing);
    }
}
