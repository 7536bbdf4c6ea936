package cn.zwgk.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.time.AppClock;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.catalogue.importing.RealCatalogueFiles;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code sync-server import-catalogue}: the console's import for scripts; its --json answer is a contract. */
class ImportCatalogueCommandTest {
    @TempDir
    Path dir;
    Path data;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = ServerMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @BeforeEach
    void domains() {
        data = dir.resolve("server");
        try (SyncServer server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, data), AppClock.forTests())) {
            server.importer().importDataset(new Dataset(List.of(new Domain("social-insurance", "社会保险", 1),
                    new Domain("employment", "就业创业", 2)), List.of(), List.of(), List.of()));
        }
    }

    private List<CatalogueItem> stored() {
        try (Database db = CentralDatabase.open(ServerConfig.embedded("127.0.0.1", 0, data))) {
            return db.inTransaction(new CatalogueStore()::allItems);
        }
    }

    @Test
    void theDryRunPrintsExactlyTheJsonContractWritesNothingAndApplyWritesThoseItems() throws Exception {
        Path file = Files.write(dir.resolve("城东区目录.xlsx"), RealCatalogueFiles.twoDomainsXlsx());

        Run dry = run("import-catalogue", "--data", data.toString(), "--dry-run", "--json", file.toString());

        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out().strip().lines()).hasSize(1);
        JsonNode json = SyncJson.mapper().readTree(dry.out());
        assertThat(fieldNames(json)).containsExactly("items", "rejected", "retired", "notes");
        JsonNode first = json.get("items").get(0);
        assertThat(fieldNames(first)).containsExactly("sheet", "row", "domainCode", "level1", "name", "level3",
                "responsibleBody", "audience", "method", "levels", "channels", "action");
        assertThat(first.get("sheet").asString()).isEqualTo("社会保险");
        assertThat(first.get("row").asInt()).isEqualTo(4);
        assertThat(first.get("domainCode").asString()).isEqualTo("social-insurance");
        assertThat(first.get("level3").isNull()).isTrue();
        assertThat(first.get("levels").toString()).isEqualTo("[\"COUNTY\"]");
        assertThat(first.get("action").asString()).isEqualTo("CREATE");
        assertThat(json.get("items").get(1).get("responsibleBody").asString()).isEqualTo("区人力资源和社会保障局、各街道办事处");
        assertThat(json.get("items").get(1).get("levels").toString()).isEqualTo("[\"COUNTY\",\"TOWNSHIP\"]");
        assertThat(json.get("items")).hasSize(14);
        assertThat(json.get("rejected")).isEmpty();
        assertThat(json.get("notes").toString()).contains("填表说明");
        assertThat(stored()).isEmpty();

        Run apply = run("import-catalogue", "--data", data.toString(), "--json", file.toString());

        assertThat(apply.code()).as(apply.err()).isZero();
        List<String> dryItems = new ArrayList<>();
        json.get("items").forEach(i -> dryItems.add(i.get("domainCode").asString() + "|" + i.get("name").asString() + "|"
                + i.get("levels") + "|" + i.get("channels")));
        assertThat(stored()).extracting(i -> i.domainCode() + "|" + i.name() + "|" + SyncJson.write(i.levels()) + "|"
                + SyncJson.write(i.channels())).containsExactlyInAnyOrderElementsOf(dryItems);
        Run again = run("import-catalogue", "--data", data.toString(), "--json", "--dry-run", file.toString());
        assertThat(SyncJson.mapper().readTree(again.out()).get("items"))
                .allSatisfy(i -> assertThat(i.get("action").asString()).isEqualTo("UNCHANGED"));
    }

    @Test
    void rejectedRowsExitOneAnUnreadableFileTwoWithOneLineAndNoJson() throws Exception {
        Path rejected = Files.write(dir.resolve("拒绝.xlsx"), RealCatalogueFiles.withABadMarkXlsx());
        Run withRejections = run("import-catalogue", "--data", data.toString(), "--json", rejected.toString());
        assertThat(withRejections.code()).isEqualTo(1);
        JsonNode json = SyncJson.mapper().readTree(withRejections.out());
        assertThat(json.get("rejected").get(0).get("reason").asString()).contains("应打 √");
        assertThat(fieldNames(json.get("rejected").get(0))).containsExactly("sheet", "row", "reason");

        Path doc = Files.write(dir.resolve("目录.pdf"), "%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1));
        Run unreadable = run("import-catalogue", "--data", data.toString(), "--json", doc.toString());
        assertThat(unreadable.code()).isEqualTo(2);
        assertThat(unreadable.out()).isEmpty();
        assertThat(unreadable.err().strip().lines()).singleElement().asString().contains("PDF");

        Run noDomain = run("import-catalogue", "--data", data.toString(), "--domain", "nope", doc.toString());
        assertThat(noDomain.code()).isEqualTo(2);
    }

    /** A running server holds the embedded Derby: the command says in one line what to do instead. */
    @Test
    void whileARunningServerHoldsTheStoreTheCommandSaysWhatToDoInOneLine() throws Exception {
        Path file = Files.write(dir.resolve("目录.xlsx"), RealCatalogueFiles.twoDomainsXlsx());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals(StoreHolder.READY));
            assertThat(line).as("the other process opened the store").isEqualTo(StoreHolder.READY);

            Run busy = run("import-catalogue", "--data", data.toString(), "--json", file.toString());

            assertThat(busy.code()).isEqualTo(ServerMain.STORE_IN_USE);
            assertThat(busy.out()).isEmpty();
            assertThat(busy.err().strip().lines()).singleElement().asString()
                    .contains("运行中的 sync-server 占用", "控制台「导入目录」").doesNotContain("Exception", "XSDB6");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    /** Another process with the store open, as a running server has it. */
    public static final class StoreHolder {
        static final String READY = "store open";

        public static void main(String[] args) throws Exception {
            try (Database db = CentralDatabase.open(ServerConfig.embedded("127.0.0.1", 0, Path.of(args[0])))) {
                db.inTransaction(c -> c.isValid(1));
                System.out.println(READY);
                System.out.flush();
                while (System.in.read() >= 0) {
                    Thread.onSpinWait();
                }
            }
        }
    }
}
