package org.normscope.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.normscope.model.Id;

/**
 * One system in the side-by-side comparison ({@link CompareMain}): it loads the generated data
 * ({@link CompareData}) and answers the five questions. Each question returns the system's own
 * answer (rows as the system hands them to a caller), which the runner only counts while timing;
 * {@link #ids} turns an answer into comparable ids for the correctness check.
 *
 * <p>The id forms, shared by every system: members-at {@code state/AAA}; parties-at
 * {@code state/AAA=bound}; history the statement id; matrix {@code instrument/x|state/AAA=bound};
 * diff {@code org/GEN-0001|state/AAA=joined}.
 */
interface Contender {
    /** {@code normscope}, {@code sqlite}, {@code postgresql} or {@code jena-sparql}. */
    String name();

    /** Loads the data and builds whatever indexes the system answers from. */
    void load(CompareData data) throws Exception;

    /** Members (role member) of {@code org} on {@code at}, possible ones included. */
    Object membersAt(Id org, LocalDate at) throws Exception;

    /** Each actor's status towards {@code instrument} on {@code at}. */
    Object partiesAt(Id instrument, LocalDate at) throws Exception;

    /** Every statement about {@code state}: its memberships and its participation actions. */
    Object history(Id state) throws Exception;

    /** Status of every state towards each of {@code instruments} on {@code at}. */
    Object matrix(List<Id> instruments, LocalDate at) throws Exception;

    /** Membership changes (joined, left, role-changed) of every organisation between two dates. */
    Object diff(LocalDate from, LocalDate to) throws Exception;

    /** Number of rows in an answer (what the timing loop consumes); by default the answer is a list of rows. */
    default int size(Object answer) {
        return ((java.util.List<?>) answer).size();
    }

    /** The answer as a set of ids in the shared form; by default from rows of strings ({@link SqlSupport#ids}). */
    default Set<String> ids(CompareMain.Question question, Object answer) {
        return SqlSupport.ids(question, answer);
    }

    /**
     * Told, after the timed load, how much the heap grew across it (after full collections, which
     * are outside the timed region): for the systems that live in this JVM.
     */
    default void heapGrew(long bytes) {
    }

    /** What the system keeps after loading (file or table sizes, heap), for the report. */
    default String footprint() {
        return "";
    }

    /** Releases what the system holds (files, schema, connections). */
    default void close() throws Exception {
    }
}
