package cn.zwgk.board.print;

/** Told after each row is laid out, so a screen can show how far a long list has got. */
@FunctionalInterface
public interface PrintProgress {
    PrintProgress NONE = (done, total) -> { };

    void rowsDone(int done, int total);
}
