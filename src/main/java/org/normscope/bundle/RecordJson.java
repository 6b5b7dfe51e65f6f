package org.normscope.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.ModelException;
import org.normscope.model.Statement;

/**
 * The JSON form of one ledger record: an entity without its statements, or one statement as an
 * item of its owner's list. The same fields as the bundle files, so the two never drift apart.
 */
public final class RecordJson {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

    private RecordJson() {
    }

    /** The record kind stored beside the body: {@code entity} or the name of the statement's list. */
    public static String kindOf(Object value) {
        return value instanceof Statement s ? Codec.listOf(s) : "entity";
    }

    public static String encode(Object value) {
        ObjectNode node = switch (value) {
            case Entity e -> Codec.encode(e);
            case Statement s -> Codec.encode(s);
            default -> throw new IllegalArgumentException(value.getClass().getName());
        };
        return node.toString();
    }

    /** Decodes a stored record; a record that no longer decodes is a corrupt ledger. */
    public static Object decode(String kind, String recordId, Id owner, String body) {
        ObjectNode node;
        try {
            node = (ObjectNode) JSON.readTree(body);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new ModelException("ledger record " + recordId + " is not a JSON object");
        }
        List<Fields.Failure> failures = new ArrayList<>();
        Object value;
        if (kind.equals("entity")) {
            value = Codec.entity(new Fields(node, failures), owner, new java.util.IdentityHashMap<>());
        } else if (Codec.STATEMENT_SCHEMA.containsKey(kind)) {
            value = Codec.statement(kind, owner, recordId, node, failures);
        } else {
            throw new ModelException("ledger record " + recordId + " has unknown kind '" + kind + "'");
        }
        if (value == null || !failures.isEmpty()) {
            throw new ModelException("ledger record " + recordId + " does not decode: "
                    + failures.stream().map(Fields.Failure::message).toList());
        }
        return value;
    }
}
