package cn.zwgk.core.validation;

import cn.zwgk.core.ZwgkException;
import java.util.List;

/** A record was refused because some of its fields are invalid. */
public class ValidationException extends ZwgkException {
    private final List<Violation> violations;

    public ValidationException(String what, List<Violation> violations) {
        super(what + " 校验失败：" + String.join("；", violations.stream().map(Violation::message).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
