package cn.zwgk.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFileTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.writeString(dir.resolve("import.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void readsDomainsAndSitesSkippingCommentsAndBlankLines() throws IOException {
        Dataset d = DatasetFile.read(file(
                "# comment",
                "{\"type\":\"domain\",\"data\":{\"code\":\"social-insurance\",\"name\":\"社会保险\",\"sortOrder\":1}}",
                "",
                "{\"type\":\"site\",\"data\":{\"code\":\"110105\",\"name\":\"城东区\",\"level\":\"DISTRICT\"}}"),
                Set.of(), Set.of());
        assertThat(d.domains()).hasSize(1);
        assertThat(d.sites()).hasSize(1);
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingRowAndReason() throws IOException {
        Path f = file(
                "{\"type\":\"domain\",\"data\":{\"code\":\"social-insurance\",\"name\":\"社会保险\",\"sortOrder\":1}}",
                "{\"type\":\"domain\",\"data\":{\"code\":\"Bad Code\",\"name\":\"\",\"sortOrder\":2}}",
                "{\"type\":\"widget\",\"data\":{}}",
                "{not json");
        assertThatThrownBy(() -> DatasetFile.read(f, Set.of(), Set.of()))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.problems()).extracting(RowProblem::row).containsExactly(2L, 2L, 3L, 4L);
                    assertThat(e.getMessage()).contains("第 2 行：「领域代码」(code)")
                            .contains("第 2 行：「领域名称」(name)：不能为空")
                            .contains("第 3 行：未知的记录类型 \"widget\"")
                            .contains("第 4 行：不是有效的记录")
                            .contains("未导入任何数据");
                });
    }

    @Test
    void referencesMustResolveInTheFileOrTheStore() throws IOException {
        String site = "{\"type\":\"site\",\"data\":{\"code\":\"110105001\",\"name\":\"东华街道\",\"level\":\"STREET\","
                + "\"parentCode\":\"110105\"}}";
        assertThatThrownBy(() -> DatasetFile.read(file(site), Set.of(), Set.of()))
                .hasMessageContaining("第 1 行：「上级站点」(parentCode)：站点 110105 不存在");
        assertThat(DatasetFile.read(file(site), Set.of(), Set.of("110105")).sites()).hasSize(1);
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        String row = "{\"type\":\"domain\",\"data\":{\"code\":\"social-insurance\",\"name\":\"社会保险\",\"sortOrder\":1}}";
        assertThatThrownBy(() -> DatasetFile.read(file(row, row), Set.of(), Set.of()))
                .hasMessageContaining("第 2 行：重复的标识 social-insurance");
    }
}
