package cn.zwgk.kiosk.board;

import cn.zwgk.core.ZwgkException;
import cn.zwgk.core.validation.Violation;
import cn.zwgk.core.validation.Violations;
import java.util.List;

/** A notice that cannot be saved or published as it is; {@link #problems()} say why, field by field, in Chinese. */
public class NoticeRejectedException extends ZwgkException {
    private final List<Violation> problems;

    public NoticeRejectedException(Violations violations) {
        super(String.join("；", violations.list().stream().map(v -> v.label() + v.problem()).toList()));
        this.problems = violations.list();
    }

    public NoticeRejectedException(String message) {
        super(message);
        this.problems = List.of();
    }

    public List<Violation> problems() {
        return problems;
    }
}
