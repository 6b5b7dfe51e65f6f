package org.normscope.bundle;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.SourceRef;

/**
 * One instance of each id, date and source reference while a ledger or a bundle is read: the same
 * {@code state/CHN} or {@code 2001-06-15} appears in thousands of records, and without this each
 * record would keep its own copy for as long as the world holds it. A session is current on the
 * thread that opened it (and on threads that {@link #join} it) until closed; outside a session,
 * values are parsed as usual.
 */
public final class Interner implements AutoCloseable {
    private static final ThreadLocal<Tables> CURRENT = new ThreadLocal<>();

    /** The shared tables of a session. */
    private record Tables(Map<String, Id> ids, Map<String, PartialDate> dates, Map<SourceRef, SourceRef> refs) {
        Tables() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private final Tables tables;
    /** What was current on this thread before; restored on close. */
    private final @Nullable Tables before;

    private Interner(Tables tables, @Nullable Tables before) {
        this.tables = tables;
        this.before = before;
        CURRENT.set(tables);
    }

    /** Starts a session on this thread; inside another session, shares that one's tables. */
    public static Interner open() {
        Tables outer = CURRENT.get();
        return new Interner(outer != null ? outer : new Tables(), outer);
    }

    /** Makes this session current on the calling thread as well (threads that decode for the one that opened it). */
    public Interner join() {
        return new Interner(tables, CURRENT.get());
    }

    @Override
    public void close() {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }

    /** The id written {@code text}: the session's instance if there is one. */
    public static Id id(String text) {
        Tables t = CURRENT.get();
        if (t == null) {
            return Id.parse(text);
        }
        return t.ids().computeIfAbsent(text, Id::parse);
    }

    static PartialDate date(String text) {
        Tables t = CURRENT.get();
        if (t == null) {
            return PartialDate.parse(text);
        }
        return t.dates().computeIfAbsent(text, PartialDate::parse);
    }

    static SourceRef ref(SourceRef r) {
        Tables t = CURRENT.get();
        if (t == null) {
            return r;
        }
        SourceRef raced = t.refs().putIfAbsent(r, r);
        return raced != null ? raced : r;
    }
}
