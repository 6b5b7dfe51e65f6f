package org.normscope.model;

import java.util.Arrays;
import java.util.regex.Pattern;

/** The kinds of entity, each with the prefix of its ids and the form of its keys. */
public enum Kind {
    STATE("state", "[A-Z]{3}", "an ISO 3166 alpha-3 code such as CHN"),
    ORG("org", "[A-Z0-9][A-Za-z0-9-]*", "an acronym such as SCO or UN-GGE"),
    INSTRUMENT("instrument", "[a-z0-9][a-z0-9-]*", "a lower-case slug"),
    EVENT("event", "[a-z0-9][a-z0-9-]*", "a lower-case slug"),
    ARTICLE("article", "[a-z0-9][a-z0-9-]*", "a lower-case slug"),
    SOURCE("source", "[a-z0-9][a-z0-9-]*", "a lower-case slug");

    private final String prefix;
    private final Pattern key;
    private final String keyForm;

    Kind(String prefix, String key, String keyForm) {
        this.prefix = prefix;
        this.key = Pattern.compile(key);
        this.keyForm = keyForm;
    }

    public String prefix() {
        return prefix;
    }

    boolean acceptsKey(String k) {
        return key.matcher(k).matches();
    }

    String keyForm() {
        return keyForm;
    }

    public static Kind ofPrefix(String prefix) {
        for (Kind k : values()) {
            if (k.prefix.equals(prefix)) {
                return k;
            }
        }
        throw new ModelException("unknown kind '" + prefix + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(Kind::prefix).toList()) + ")");
    }
}
