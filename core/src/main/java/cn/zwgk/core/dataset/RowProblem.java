package cn.zwgk.core.dataset;

/** Why one row (1-based line number) of an import file was refused. */
public record RowProblem(long row, String reason) {

    @Override
    public String toString() {
        return "第 " + row + " 行：" + reason;
    }
}
