package org.normscope.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Closed vocabularies: each enum constant is written as its lower-case, hyphenated name ("dialogue-partner"). */
public final class Words {
    private Words() {
    }

    /** The words of each vocabulary by ordinal, made once: rows and keys ask for them constantly. */
    private static final ClassValue<String[]> WORDS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] out = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                out[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return out;
        }
    };

    public static String word(Enum<?> e) {
        return WORDS.get(e.getDeclaringClass())[e.ordinal()];
    }

    /** Parses a vocabulary word; the error lists the words allowed. */
    public static <E extends Enum<E>> E parse(Class<E> vocabulary, String field, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : vocabulary.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new ModelException(field + " '" + text + "' is not one of: " + allowed(vocabulary));
    }

    public static <E extends Enum<E>> String allowed(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Words::word).collect(Collectors.joining(", "));
    }
}
