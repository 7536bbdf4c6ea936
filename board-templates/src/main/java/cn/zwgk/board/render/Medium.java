package cn.zwgk.board.render;

/** Where a rendering goes: the 16:9 wall screen, the kiosk's notice view, or paper. */
public enum Medium {
    SCREEN,
    KIOSK,
    PRINT
}
