package cn.zwgk.core.staff;

/** What a staff member may do. Checked by the services that act, on the server and on the kiosk. */
public enum Role {
    CENTRAL_ADMIN("中心管理员"),
    CATALOGUE_EDITOR("目录编辑"),
    REQUEST_OFFICER("申请办理人员"),
    COMMUNITY_STAFF("社区工作人员"),
    HALL_STAFF("大厅工作人员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role's name as staff know it. */
    public String label() {
        return label;
    }
}
