package cn.zwgk.server.dataset;

/** What one import wrote, and the change-log seq it ended at. */
public record ImportReport(int domains, int sites, int items, int notices, int templates, int calendars,
        long latestSeq) {

    @Override
    public String toString() {
        return "导入完成：领域 " + domains + " 个，站点 " + sites + " 个，目录事项 " + items + " 条，公告 " + notices
                + " 条，公告模板 " + templates + " 个，工作日历 "
                + calendars + " 年；最新变更序号 " + latestSeq;
    }
}
