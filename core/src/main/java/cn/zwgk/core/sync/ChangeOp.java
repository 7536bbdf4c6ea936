package cn.zwgk.core.sync;

/** What happened to a record: written (created or changed), or deleted (a tombstone). */
public enum ChangeOp {
    UPSERT,
    DELETE
}
