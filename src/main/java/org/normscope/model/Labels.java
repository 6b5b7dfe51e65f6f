package org.normscope.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an entity is called: names by language, aliases in any language, identifiers by scheme. */
public record Labels(Map<String, String> names, List<String> aliases, Map<String, String> identifiers) {
    public static final Labels NONE = new Labels(Map.of(), List.of(), Map.of());

    public Labels {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        aliases = List.copyOf(aliases);
        identifiers = Collections.unmodifiableMap(new LinkedHashMap<>(identifiers));
    }

    /** The English name, else the first name given, else empty. */
    public Optional<String> preferredName() {
        String en = names.get("en");
        return en != null ? Optional.of(en) : names.values().stream().findFirst();
    }
}
