package cn.zwgk.core.notice;

/** Where a notice was written: at the central office, or locally at a kiosk by community staff. */
public enum NoticeOrigin {
    CENTRAL,
    KIOSK
}
