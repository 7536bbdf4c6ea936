package cn.zwgk.kiosk.request;

import java.util.Set;

/** The screens of the request form, in order, each with the {@code InfoRequest} fields it asks for. */
enum RequestStep {
    TYPE("request.step.type", Set.of("applicantType", "organisationKind")),
    IDENTITY("request.step.identity", Set.of("name", "contactPerson", "idType", "idNumber")),
    CONTACT("request.step.contact", Set.of("phone", "delivery", "address", "email")),
    DESCRIPTION("request.step.description", Set.of("description", "form", "formNote")),
    CONFIRM("request.step.confirm", Set.of("consent"));

    private final String titleKey;
    private final Set<String> fields;

    RequestStep(String titleKey, Set<String> fields) {
        this.titleKey = titleKey;
        this.fields = fields;
    }

    String titleKey() {
        return titleKey;
    }

    boolean asks(String field) {
        return fields.contains(field);
    }

    int number() {
        return ordinal() + 1;
    }

    RequestStep next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    RequestStep previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    /** The step that asks for {@code field}; null for fields the kiosk fills in itself. */
    static RequestStep asking(String field) {
        for (RequestStep s : values()) {
            if (s.asks(field)) {
                return s;
            }
        }
        return null;
    }
}
