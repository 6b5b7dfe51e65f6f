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
 * <p>The status rules (the latest action of each kind possibly done by the day; a withdrawal
 * after the latest consent; a consent in effect from its own effective date, or from the later
 * of its date and the instrument's entry into force) are in {@link #standing}. An unknown date
 * is stored as the widest range, which gives the same answers as the rules for a missing date:
 * possibly done on any day, never certainly.
 */
final class PartyRuns {
    private static final ParticipationAction[] NO_ACTIONS = {};
    private static final Comparator<ParticipationAction> BY_ACTOR =
            Comparator.comparing(ParticipationAction::actor).thenComparing(Statement.CANONICAL_ORDER);
    private static final byte CONSENT = 0;
    private static final byte WITHDRAWAL = 1;
    private static final byte SIGNATURE = 2;
    private static final byte SPONSOR = 3;
    private static final byte OTHER = 4;

    private final ParticipationAction[] actions;
    /** Run {@code r} is {@code actions[start[r]]} up to {@code start[r + 1]}. */
    private final int[] start;
    private final Id[] actors;
    private final String[] names;
    /** Each run's actor's {@link Snapshot#nameRank}. */
    private final int[] ranks;

    // per action, aligned with actions
    private final byte[] kind;
    /** The possible first and last epoch day of the action's date. */
    private final int[] lo;
    private final int[] hi;
    /** Within a run, actions with equal dates share a number, later dates have larger ones; unknown dates 0. */
    private final int[] order;
    /** Withdrawal: the days it takes effect (its effective date, else its date). Consent: the days it is in effect from. */
    private final int[] effectLo;
    private final int[] effectHi;
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
        kind = new byte[n];
        lo = new int[n];
        hi = new int[n];
        order = new int[n];
        effectLo = new int[n];
        effectHi = new int[n];
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
            kind[i] = t.isConsent() ? CONSENT : t == ActionType.WITHDRAWAL ? WITHDRAWAL : t == ActionType.SIGNATURE ? SIGNATURE
                    : t.isSponsorship() ? SPONSOR : OTHER;
            lo[i] = first(a.date());
            hi[i] = last(a.date());
            if (a.date() == null) {
                order[i] = 0;
            } else if (first || actions[i - 1].date() == null) {
                order[i] = 1;
            } else {
                order[i] = order[i - 1] + (a.date().compareTo(actions[i - 1].date()) > 0 ? 1 : 0);
            }
            PartialDate effect = null;
            boolean never = false;
            if (kind[i] == WITHDRAWAL) {
                effect = a.effective() != null ? a.effective() : a.date();
            } else if (kind[i] == CONSENT) {
                never = a.effective() == null && inForce == null;
                effect = a.effective() != null ? a.effective() : later(a.date(), inForce);
            }
            effectLo[i] = never ? Integer.MAX_VALUE : first(effect);
            effectHi[i] = never ? Integer.MAX_VALUE : last(effect);
            expressions[i] = a.expression();
            sources[i] = a.sources();
        }
        start[runs] = n;
    }

    private static int first(@Nullable PartialDate d) {
        return d == null ? Integer.MIN_VALUE : (int) Math.max(Integer.MIN_VALUE + 1, d.possiblyFirstDay());
    }

    private static int last(@Nullable PartialDate d) {
        return d == null ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE - 1, d.possiblyLastDay());
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
        int firstDone = -1;
        int done = 0;
        for (int i = start[r]; i < start[r + 1]; i++) {
            if (lo[i] > day || (expression != null && expressions[i] != null && !expressions[i].equals(expression))) {
                continue;
            }
            if (done++ == 0) {
                firstDone = i;
            }
            // the latest of each kind; of equal dates, the first in canonical order
            switch (kind[i]) {
                case CONSENT -> consent = consent < 0 || order[i] > order[consent] ? i : consent;
                case WITHDRAWAL -> withdrawal = withdrawal < 0 || order[i] > order[withdrawal] ? i : withdrawal;
                case SIGNATURE -> signature = signature < 0 || order[i] > order[signature] ? i : signature;
                case SPONSOR -> sponsor = sponsor < 0 || order[i] > order[sponsor] ? i : sponsor;
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
        if (withdrawal >= 0 && (consent < 0 || order[withdrawal] > order[consent])) {
            withdrawn = onOrBefore(effectLo[withdrawal], effectHi[withdrawal], day);
        }
        if (withdrawn != Truth.NO) {
            status = PartyStatus.WITHDRAWN;
            truth = withdrawn;
        } else if (consent >= 0) {
            Truth given = onOrBefore(lo[consent], hi[consent], day);
            Truth inEffect = onOrBefore(effectLo[consent], effectHi[consent], day);
            if (inEffect != Truth.NO) {
                status = PartyStatus.BOUND;
                truth = given.and(inEffect);
            } else {
                status = PartyStatus.CONSENTED;
                truth = given;
            }
        } else if (signature >= 0) {
            status = PartyStatus.SIGNATORY;
            truth = onOrBefore(lo[signature], hi[signature], day);
        } else if (sponsor >= 0) {
            status = PartyStatus.SPONSOR;
            truth = onOrBefore(lo[sponsor], hi[sponsor], day);
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
                if (lo[i] <= day && (expression == null || expressions[i] == null || expressions[i].equals(expression))) {
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
