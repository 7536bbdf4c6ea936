package cn.zwgk.core.catalogue;

import cn.zwgk.core.validation.Violations;
import java.time.Instant;
import java.util.List;

/**
 * One row of the standard disclosure catalogue (政务公开事项标准目录), DOMAIN.md §3.
 *
 * @param id              stable UUID, never reused
 * @param kind            item, policy interpretation or hot-question answer
 * @param domainCode      the {@link Domain} it belongs to
 * @param serialNo        序号 within the published list
 * @param level1          一级事项
 * @param name            二级事项 / 事项名称 (for a hot question: the question)
 * @param content         公开内容(要素) (for a hot question: the answer)
 * @param basis           公开依据
 * @param timeLimit       公开时限, free text as published ("信息形成或者变更之日起20个工作日内")
 * @param responsibleBody 公开主体
 * @param channels        公开渠道和载体 (several)
 * @param audience        公开对象
 * @param method          公开方式
 * @param level           公开层级
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
        String content,
        String basis,
        String timeLimit,
        String responsibleBody,
        List<String> channels,
        Audience audience,
        DisclosureMethod method,
        AdministrativeLevel level,
        String onlineUrl,
        DocumentMetadata document,
        List<ItemLink> links,
        String language,
        long version,
        Instant updatedAt) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 20_000;

    public CatalogueItem {
        channels = channels == null ? List.of() : List.copyOf(channels);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The same item as its next version, changed at {@code at}. */
    public CatalogueItem nextVersion(Instant at) {
        return new CatalogueItem(id, kind, domainCode, serialNo, level1, name, content, basis, timeLimit,
                responsibleBody, channels, audience, method, level, onlineUrl, document, links, language, version + 1, at);
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
                .require("content", "公开内容", content)
                .maxLength("content", "公开内容", content, MAX_TEXT)
                .maxLength("basis", "公开依据", basis, MAX_TEXT)
                .maxLength("timeLimit", "公开时限", timeLimit, 500)
                .require("responsibleBody", "公开主体", responsibleBody)
                .maxLength("responsibleBody", "公开主体", responsibleBody, MAX_NAME)
                .requireValue("audience", "公开对象", audience)
                .requireValue("method", "公开方式", method)
                .requireValue("level", "公开层级", level)
                .url("onlineUrl", "网上链接", onlineUrl)
                .matches("language", "语言", language, "zh-Hans|zh-Hant", "只能是 zh-Hans 或 zh-Hant");
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
