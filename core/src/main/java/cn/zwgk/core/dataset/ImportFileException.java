package cn.zwgk.core.dataset;

import cn.zwgk.core.ZwgkException;
import java.util.List;

/** An import file was refused whole; nothing of it was imported. Names every bad row it found. */
public class ImportFileException extends ZwgkException {
    private final List<RowProblem> problems;

    public ImportFileException(String file, List<RowProblem> problems) {
        super("导入文件 " + file + " 有 " + problems.size() + " 处错误，未导入任何数据：\n  "
                + String.join("\n  ", problems.stream().map(RowProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
