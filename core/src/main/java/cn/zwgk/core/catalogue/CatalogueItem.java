package cn.zwgk.core.catalogue;

import cn.zwgk.core.validation.Violations;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of the standard disclosure catalogue (政务公开事项标准目录), DOMAIN.md §3.
 *
 * @param id              stable UUID, never reused
 * @param kind            item, policy interpretation or hot-question answer
 * @param domainCode      the {@link Domain} it belongs to
 * @param serialNo        序号 within the published list
 * @param level1          一级事项
 * @param name            二级事项 / 事项名称 (for a hot question: the question)
 * @param level3          三级事项 where the catalogue has one, else null
 * @param content         公开内容(要素) (for a hot question: the answer)
 * @param basis           公开依据
 * @param timeLimit       公开时限, free text as published ("信息形成或者变更之日起20个工作日内")
 * @param responsibleBody 公开主体; several bodies are joined by {@code 、} (see {@link #responsibleBodies()})
 * @param channels        公开渠道和载体 (several)
 * @param audience        公开对象
 * @param method          公开方式
 * @param levels          公开层级: one or more of 县级, 乡(镇)级, 村级 (most standard catalogues tick several);
 *                        iterated in that order. JSON also carries the old single {@code level} (the first
 *                        one) for kiosks that predate the set, and a payload with only {@code level} reads as
 *                        that one level ({@link cn.zwgk.core.sync.SyncJson})
 * @param onlineUrl       the online page of the item (the QR target); null when there is none
 * @param document        document metadata when the item is a published document, else null
 * @param links           related interpretation / hot-question entries
 * @param language        BCP 47 tag of the text, {@code zh-Hans} or {@code zh-Hant}
 * @param version         incremented by the central office on every change
 * @param updatedAt       when the central office last changed it
 */
public record CatalogueItem(
        String id,
        ItemKind kind,
        String domainCode,
        int serialNo,
        String level1,
        String name,
        String level3,
        String content,
        String basis,
        String timeLimit,
        String responsibleBody,
        List<String> channels,
        Audience audience,
        DisclosureMethod method,
        Set<AdministrativeLevel> levels,
        String onlineUrl,
        DocumentMetadata document,
        List<ItemLink> links,
        String language,
        long version,
        Instant updatedAt) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 20_000;

    /** Separates several 公开主体 in {@link #responsibleBody}. */
    public static final String BODY_SEPARATOR = "、";

    public CatalogueItem {
        channels = channels == null ? List.of() : List.copyOf(channels);
        links = links == null ? List.of() : List.copyOf(links);
        levels = levels(levels);
        level3 = level3 == null || level3.isBlank() ? null : level3;
    }

    /** An item with one 公开层级 and no 三级事项 (the shape before levels became a set). */
    public CatalogueItem(String id, ItemKind kind, String domainCode, int serialNo, String level1, String name,
            String content, String basis, String timeLimit, String responsibleBody, List<String> channels,
            Audience audience, DisclosureMethod method, AdministrativeLevel level, String onlineUrl,
            DocumentMetadata document, List<ItemLink> links, String language, long version, Instant updatedAt) {
        this(id, kind, domainCode, serialNo, level1, name, null, content, basis, timeLimit, responsibleBody, channels,
                audience, method, level == null ? Set.of() : Set.of(level), onlineUrl, document, links, language,
                version, updatedAt);
    }

    /** The levels as an unmodifiable set in enum order (县级, 乡(镇)级, 村级); never null. */
    public static Set<AdministrativeLevel> levels(Collection<AdministrativeLevel> levels) {
        if (levels == null || levels.isEmpty()) {
            return Set.of();
        }
        EnumSet<AdministrativeLevel> set = EnumSet.noneOf(AdministrativeLevel.class);
        levels.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return Collections.unmodifiableSet(set);
    }

    /** The same item as its next version, changed at {@code at}. */
    public CatalogueItem nextVersion(Instant at) {
        return new CatalogueItem(id, kind, domainCode, serialNo, level1, name, level3, content, basis, timeLimit,
                responsibleBody, channels, audience, method, levels, onlineUrl, document, links, language, version + 1,
                at);
    }

    /**
     * The first of {@link #levels} — the single {@code level} field of the sync payload before levels became a
     * set, still written so that kiosks of the earlier version keep reading the item. Null when there is none.
     */
    @JsonProperty("level")
    public AdministrativeLevel level() {
        return levels.isEmpty() ? null : levels.iterator().next();
    }

    /** 公开层级 as staff read it: {@code 县级、乡(镇)级}. */
    public String levelLabels() {
        return levels.stream().map(AdministrativeLevel::label).collect(Collectors.joining(BODY_SEPARATOR));
    }

    /** The 公开主体, one per entry ({@link #responsibleBody} split at {@code 、}). */
    public List<String> responsibleBodies() {
        return responsibleBody == null ? List.of() : Arrays.stream(responsibleBody.split(BODY_SEPARATOR))
                .map(String::strip).filter(b -> !b.isEmpty()).toList();
    }

    public Violations validate() {
        Violations v = new Violations()
                .requireUuid("id", "事项标识", id)
                .requireValue("kind", "类别", kind)
                .require("domainCode", "所属领域", domainCode)
                .require("level1", "一级事项", level1)
                .maxLength("level1", "一级事项", level1, MAX_NAME)
                .require("name", "二级事项(事项名称)", name)
                .maxLength("name", "二级事项(事项名称)", name, MAX_NAME)
                .maxLength("level3", "三级事项", level3, MAX_NAME)
                .require("content", "公开内容", content)
                .maxLength("content", "公开内容", content, MAX_TEXT)
                .maxLength("basis", "公开依据", basis, MAX_TEXT)
                .maxLength("timeLimit", "公开时限", timeLimit, 500)
                .require("responsibleBody", "公开主体", responsibleBody)
                .maxLength("responsibleBody", "公开主体", responsibleBody, MAX_NAME)
                .requireValue("audience", "公开对象", audience)
                .requireValue("method", "公开方式", method)
                .url("onlineUrl", "网上链接", onlineUrl)
                .matches("language", "语言", language, "zh-Hans|zh-Hant", "只能是 zh-Hans 或 zh-Hant");
        if (levels.isEmpty()) {
            v.add("levels", "公开层级", "至少选择一个层级（县级、乡(镇)级、村级）");
        }
        if (kind == ItemKind.ITEM) {
            v.require("basis", "公开依据", basis).require("timeLimit", "公开时限", timeLimit);
            if (channels.isEmpty()) {
                v.add("channels", "公开渠道和载体", "至少填写一个渠道");
            }
        }
        if (serialNo < 0) {
            v.add("serialNo", "序号", "不能为负数");
        }
        if (version < 1) {
            v.add("version", "版本", "必须从 1 开始");
        }
        for (ItemLink link : links) {
            if (link.kind() == ItemKind.ITEM || link.kind() == null) {
                v.add("links", "关联条目", "只能关联政策解读或热点问答");
            }
            v.requireUuid("links", "关联条目", link.targetId());
        }
        if (document != null) {
            v.addAll(document.validate());
        }
        return v;
    }
}
