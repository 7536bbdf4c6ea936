package cn.zwgk.server;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.time.AppClock;
import cn.zwgk.server.catalogue.importing.CatalogueImportService;
import cn.zwgk.server.catalogue.importing.ImportException;
import cn.zwgk.server.catalogue.importing.ImportOptions;
import cn.zwgk.server.catalogue.importing.ImportPlan;
import cn.zwgk.server.catalogue.importing.ImportPlanJson;
import cn.zwgk.server.catalogue.importing.ImportProgress;
import cn.zwgk.server.catalogue.importing.ImportResult;
import cn.zwgk.server.catalogue.importing.RejectedRow;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.SyncServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sync-server import-catalogue --data DIR [--domain CODE] [--dry-run] [--json] [--whole-list] [--urgent] FILE}:
 * the console's catalogue import for scripts and bulk loads, on the same planner. Exit 0 when no row is rejected,
 * 1 when rows are rejected (the others are imported unless {@code --dry-run}), 2 when the file cannot be read (or
 * lacks required columns), 3 when the store is held by a running server (one line says what to do instead).
 */
@Command(name = "import-catalogue", description = "导入公开事项目录表格 (XLSX, XLS, DOCX, CSV): the console's import for scripts")
final class ImportCatalogueCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int ROWS_REJECTED = 1;
    static final int UNREADABLE = 2;

    @CommandLine.Mixin
    ServerMain.StoreOptions store;

    @Option(names = "--domain", paramLabel = "CODE",
            description = "domain of rows whose sheet, title or 领域 column names none")
    String domain;

    @Option(names = "--dry-run", description = "only show what would change; write nothing")
    boolean dryRun;

    @Option(names = "--json", description = "print exactly one JSON object (items, rejected, retired, notes)")
    boolean json;

    @Option(names = "--whole-list", description = "the file is the whole list of its domains: items missing from it retire")
    boolean wholeList;

    @Option(names = "--urgent", description = "online kiosks pick the changes up within minutes")
    boolean urgent;

    @Parameters(paramLabel = "FILE")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            if (Files.size(file) > CatalogueImportService.MAX_FILE_BYTES) {
                err.println("文件太大，最大 " + CatalogueImportService.MAX_FILE_BYTES / 1024 / 1024 + " MB：" + file);
                return UNREADABLE;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("无法读取文件 " + file + "：" + e.getMessage());
            return UNREADABLE;
        }
        StaffSession who = new StaffSession("cli:" + System.getProperty("user.name", "?"), "命令行导入",
                Set.of(Role.CENTRAL_ADMIN), null);
        try (Database database = CentralDatabase.open(store.offline())) {
            CatalogueImportService imports = SyncServer.catalogueImportFor(database, AppClock.fromSystemProperty());
            ImportPlan plan = imports.preview(who, file.getFileName().toString(), bytes,
                    new ImportOptions(domain, Map.of(), wholeList), ImportProgress.NONE);
            if (!plan.mapping().missing().isEmpty()) {
                err.println("缺少必需的列：" + String.join("、", plan.mapping().missing().stream().map(c -> c.label()).toList())
                        + "。请在控制台「导入目录」的列对应步骤中指定，或改正表头后再导入。");
                return UNREADABLE;
            }
            ImportResult result = !dryRun && plan.canApply() ? imports.apply(who, plan, urgent, ImportProgress.NONE) : null;
            out.println(json ? ImportPlanJson.of(plan) : text(plan, result));
            out.flush();
            return plan.rejected().isEmpty() ? OK : ROWS_REJECTED;
        } catch (ImportException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
    }

    private String text(ImportPlan plan, ImportResult result) {
        StringBuilder b = new StringBuilder(plan.fileName()).append("：").append(plan.summary()).append('\n');
        for (RejectedRow r : plan.rejected()) {
            b.append("拒绝 「").append(r.sheet()).append("」第 ").append(r.rowNumber()).append(" 行：").append(r.reason())
                    .append('\n');
        }
        plan.notes().forEach(n -> b.append("说明 ").append(n).append('\n'));
        b.append(result != null ? "已写入（同步序号 " + result.latestSeq() + "，" + (result.urgent() ? "紧急推送" : "随夜间同步推送")
                + "）" : dryRun ? "预览，未写入任何内容" : "没有需要写入的变更");
        return b.toString();
    }
}
