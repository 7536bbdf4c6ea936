package cn.zwgk.board.render;

/** Paper sizes for printed notices (portrait). */
public enum Paper {
    A4("A4", 210, 297),
    A3("A3", 297, 420);

    private final String cssName;
    private final int widthMm;
    private final int heightMm;

    Paper(String cssName, int widthMm, int heightMm) {
        this.cssName = cssName;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public String cssName() {
        return cssName;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }
}
