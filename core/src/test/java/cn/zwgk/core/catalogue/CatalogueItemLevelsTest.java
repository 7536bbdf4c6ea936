package cn.zwgk.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.sync.SyncJson;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 公开层级 as a set: validation, labels, and the JSON both older and newer kiosks read. */
class CatalogueItemLevelsTest {

    private static CatalogueItem withLevels(Set<AdministrativeLevel> levels, String level3) {
        CatalogueItem v = CatalogueItemValidationTest.valid();
        return new CatalogueItem(v.id(), v.kind(), v.domainCode(), v.serialNo(), v.level1(), v.name(), level3,
                v.content(), v.basis(), v.timeLimit(), "区人力资源和社会保障局、各街道办事处", v.channels(), v.audience(),
                v.method(), levels, v.onlineUrl(), v.document(), v.links(), v.language(), v.version(), v.updatedAt());
    }

    @Test
    void severalLevelsAreLegalAndReadInOrder() {
        CatalogueItem item = withLevels(EnumSet.of(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.COUNTY), "参保登记");
        assertThat(item.validate().list()).isEmpty();
        assertThat(item.levels()).containsExactly(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP);
        assertThat(item.levelLabels()).isEqualTo("县级、乡(镇)级");
        assertThat(item.responsibleBodies()).containsExactly("区人力资源和社会保障局", "各街道办事处");
        assertThat(item.level3()).isEqualTo("参保登记");
    }

    @Test
    void noLevelIsRefusedInChinese() {
        CatalogueItem item = withLevels(Set.of(), null);
        assertThat(item.validate().list()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("公开层级").contains("至少选择一个层级"));
    }

    @Test
    void jsonCarriesTheSetAndTheOldSingleLevelForOlderKiosks() {
        CatalogueItem item = withLevels(EnumSet.of(AdministrativeLevel.VILLAGE, AdministrativeLevel.TOWNSHIP), null);
        JsonNode json = SyncJson.tree(item);
        assertThat(json.get("levels").toString()).isEqualTo("[\"TOWNSHIP\",\"VILLAGE\"]");
        assertThat(json.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(SyncJson.read(SyncJson.write(item), CatalogueItem.class)).isEqualTo(item);
        assertThat(SyncJson.read(SyncJson.writeBytes(item), CatalogueItem.class)).isEqualTo(item);
        assertThat(SyncJson.convert(json, CatalogueItem.class)).isEqualTo(item);
    }

    @Test
    void aPayloadWrittenBeforeLevelsBecameASetReadsAsItsOneLevel() {
        CatalogueItem item = withLevels(EnumSet.of(AdministrativeLevel.VILLAGE), null);
        String old = SyncJson.write(item).replace("\"levels\":[\"VILLAGE\"],", "").replace(",\"levels\":[\"VILLAGE\"]", "");
        assertThat(old).doesNotContain("levels").contains("\"level\":\"VILLAGE\"");
        assertThat(SyncJson.read(old, CatalogueItem.class).levels()).containsExactly(AdministrativeLevel.VILLAGE);
        assertThat(SyncJson.read(old, CatalogueItem.class)).isEqualTo(item);
        assertThat(SyncJson.convert(SyncJson.mapper().readTree(old), CatalogueItem.class)).isEqualTo(item);
        assertThat(List.of(SyncJson.read(old.getBytes(java.nio.charset.StandardCharsets.UTF_8), CatalogueItem.class)))
                .containsExactly(item);
    }
}
