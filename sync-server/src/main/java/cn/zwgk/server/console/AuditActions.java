package cn.zwgk.server.console;

import java.util.Map;

/** Audit action codes in words. Codes stay English in the database so that reports can rely on them. */
final class AuditActions {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("LOGIN", "登录"),
            Map.entry("LOGIN_FAILED", "登录失败"),
            Map.entry("STAFF_CREATE", "新建员工账户"),
            Map.entry("STAFF_UPDATE", "修改员工账户/角色"),
            Map.entry("PASSWORD_RESET", "重置密码"),
            Map.entry("PASSWORD_CHANGE", "修改本人密码"),
            Map.entry("ENROL_CODE", "生成终端登记码"),
            Map.entry("REVOKE", "吊销终端"),
            Map.entry("PUBLISH", "发布"),
            Map.entry("WITHDRAW", "撤回"),
            Map.entry("REPLY", "答复"),
            Map.entry("SAVE_DRAFT", "保存公告草稿"),
            Map.entry("REQUEST_REFUSAL_REVIEWED", "审阅拒收的申请上传"),
            Map.entry("NOTICE_REFUSAL_REVIEWED", "审阅拒收的公告上传"),
            Map.entry("RESOLVE_CONFLICT", "处理编辑冲突"),
            Map.entry("BUNDLE_EXPORT", "导出离线同步包"),
            Map.entry("HARD_DELETE", "彻底删除（误发个人信息）"),
            Map.entry("CALENDAR_SAVED", "修改工作日历"),
            Map.entry("REQUEST_READ_PERSONAL_DATA", "查看申请人个人信息"));

    private AuditActions() {
    }

    static String label(String action) {
        if (action.startsWith("REQUEST_") && !LABELS.containsKey(action)) {
            try {
                return "依申请公开：" + cn.zwgk.core.request.RequestEventType.valueOf(action.substring(8)).label();
            } catch (IllegalArgumentException unknown) {
                return action;
            }
        }
        return LABELS.getOrDefault(action, action);
    }
}
