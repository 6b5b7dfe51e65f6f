package org.normscope.model;

/** A stable entity id, {@code kind/key}: {@code state/CHN}, {@code org/SCO}, {@code instrument/ets-185}. */
public record Id(Kind kind, String key) implements Comparable<Id> {
    public Id {
        if (!kind.acceptsKey(key)) {
            throw new ModelException("'" + key + "' is not a valid " + kind.prefix() + " key (expected " + kind.keyForm() + ")");
        }
    }

    public static Id of(Kind kind, String key) {
        return new Id(kind, key);
    }

    /** Parses {@code kind/key}. */
    public static Id parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new ModelException("'" + text + "' is not an id (expected kind/key, e.g. state/CHN)");
        }
        return new Id(Kind.ofPrefix(text.substring(0, slash)), text.substring(slash + 1));
    }

    public static boolean looksLikeId(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        String prefix = text.substring(0, slash);
        for (Kind k : Kind.values()) {
            if (k.prefix().equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(Id o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return kind.prefix() + "/" + key;
    }
}
