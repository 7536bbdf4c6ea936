package cn.zwgk.core.catalogue;

import cn.zwgk.core.validation.Violations;
import java.time.LocalDate;

/**
 * The metadata block of a published government document (DOMAIN.md §3).
 *
 * @param indexNo       索引号, e.g. {@code 000014349/2018-00222}; never changes once issued
 * @param publisher     发布机构
 * @param writtenDate   成文日期
 * @param publishedDate 发布日期
 * @param documentNo    文号, e.g. 某政办发〔2024〕12号
 * @param topic         主题分类, e.g. 综合政务\政务公开
 * @param composition   组配分类
 * @param scope         公开范围, e.g. 面向全社会
 * @param validity      有效性, e.g. 有效 / 废止
 * @param repealDate    废止日期, null while in force
 */
public record DocumentMetadata(
        String indexNo,
        String publisher,
        LocalDate writtenDate,
        LocalDate publishedDate,
        String documentNo,
        String topic,
        String composition,
        String scope,
        String validity,
        LocalDate repealDate) {

    public Violations validate() {
        Violations v = new Violations()
                .require("document.indexNo", "索引号", indexNo)
                .maxLength("document.indexNo", "索引号", indexNo, 60)
                .require("document.publisher", "发布机构", publisher)
                .maxLength("document.publisher", "发布机构", publisher, 200)
                .maxLength("document.documentNo", "文号", documentNo, 100)
                .maxLength("document.topic", "主题分类", topic, 200)
                .maxLength("document.composition", "组配分类", composition, 200)
                .maxLength("document.scope", "公开范围", scope, 100)
                .maxLength("document.validity", "有效性", validity, 20);
        if (writtenDate != null && publishedDate != null && publishedDate.isBefore(writtenDate)) {
            v.add("document.publishedDate", "发布日期", "不能早于成文日期 " + writtenDate);
        }
        if (repealDate != null && writtenDate != null && repealDate.isBefore(writtenDate)) {
            v.add("document.repealDate", "废止日期", "不能早于成文日期 " + writtenDate);
        }
        return v;
    }
}
