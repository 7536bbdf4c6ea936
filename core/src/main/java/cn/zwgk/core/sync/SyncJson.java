package cn.zwgk.core.sync;

import cn.zwgk.core.catalogue.CatalogueItem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapping of domain records and protocol messages, shared by both ends so that what the
 * server writes is exactly what the kiosk reads. Dates are ISO-8601 strings. Tolerant both ways, so that
 * kiosks and servers of neighbouring versions keep talking: unknown fields are ignored, and a boolean or number
 * field added later reads as false/0 from a message written before it existed. A catalogue item written before
 * 公开层级 became a set (only {@code "level":"COUNTY"}) reads as that one level.
 */
public final class SyncJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SyncJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static byte[] writeBytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static JsonNode tree(Object record) {
        return MAPPER.valueToTree(record);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            if (needsUpgrade(type, json.contains("\"levels\""))) {
                return MAPPER.treeToValue(upgrade(MAPPER.readTree(json)), type);
            }
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new SyncProtocolException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            if (needsUpgrade(type, false)) {
                return MAPPER.treeToValue(upgrade(MAPPER.readTree(json)), type);
            }
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new SyncProtocolException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(needsUpgrade(type, false) ? upgrade(node) : node, type);
        } catch (JacksonException e) {
            throw new SyncProtocolException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static boolean needsUpgrade(Class<?> type, boolean alreadyNew) {
        return type == CatalogueItem.class && !alreadyNew;
    }

    /** A catalogue item of the single-level shape gets {@code levels: [level]}; anything else is left alone. */
    private static JsonNode upgrade(JsonNode node) {
        if (node instanceof ObjectNode item && !item.has("levels") && item.hasNonNull("level")) {
            ObjectNode copy = item.deepCopy();
            copy.putArray("levels").add(item.get("level").asString());
            return copy;
        }
        return node;
    }
}
