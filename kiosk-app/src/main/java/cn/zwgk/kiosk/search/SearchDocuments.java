package cn.zwgk.kiosk.search;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DocumentMetadata;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The index's fields and how catalogue items and notices become documents. Changing what is indexed
 * means raising {@link #SCHEMA_VERSION}: kiosks then rebuild their index from Derby at start-up.
 */
final class SearchDocuments {
    static final String SCHEMA_VERSION = "1";

    static final String ID = "id";
    static final String TYPE = "type";
    static final String KIND = "kind";
    static final String GROUP = "group";
    /** The name, analyzed (bigrams and characters) and stored for display. */
    static final String NAME = "name";
    /** The folded name as one term: an exact name match ranks first. */
    static final String NAME_KEY = "name_key";
    /** Everything searchable: name, 一级事项, content or body, basis, 文号, 索引号. */
    static final String ALL = "all";
    static final String SNIPPET = "snippet";
    static final String DOCUMENT_NO = "document_no";
    static final String INITIALS = "initials";
    /** Every suffix of the initials, so a prefix query on it finds initials anywhere in the name. */
    static final String INITIALS_SUFFIX = "initials_suffix";
    /** The site a notice was published for (the kiosk shows its own site's and those above it). */
    static final String SITE = "site";
    static final String VISIBLE_FROM = "visible_from";
    static final String VISIBLE_TO = "visible_to";

    static final String TYPE_ITEM = "item";
    static final String TYPE_NOTICE = "notice";

    /** Text kept for the result snippet; matches further into a long policy text show its beginning. */
    static final int MAX_SNIPPET_SOURCE = 3000;

    private SearchDocuments() {
    }

    static Document of(CatalogueItem item) {
        Document doc = common(item.id(), TYPE_ITEM, item.kind().name(), item.domainCode(), item.name(),
                item.content());
        add(doc, item.level1());
        add(doc, item.content());
        add(doc, item.basis());
        DocumentMetadata meta = item.document();
        if (meta != null) {
            add(doc, meta.documentNo());
            add(doc, meta.indexNo());
            String number = meta.documentNo() != null && !meta.documentNo().isBlank() ? meta.documentNo() : meta.indexNo();
            if (number != null) {
                doc.add(new StoredField(DOCUMENT_NO, number));
            }
        }
        return doc;
    }

    /** A notice as the index holds it, or empty when residents may never see it (draft, withdrawn). */
    static Optional<Document> of(Notice notice) {
        if (notice.status() != NoticeStatus.PUBLISHED || notice.period() == null || notice.period().start() == null) {
            return Optional.empty();
        }
        Document doc = common(notice.id(), TYPE_NOTICE, "NOTICE", notice.category(), notice.title(), notice.body());
        doc.add(new StringField(SITE, notice.siteCode(), Field.Store.NO));
        add(doc, notice.category());
        add(doc, notice.body());
        LocalDate end = notice.period().end();
        doc.add(new LongPoint(VISIBLE_FROM, notice.period().start().toEpochDay()));
        doc.add(new LongPoint(VISIBLE_TO, end == null ? Long.MAX_VALUE : end.toEpochDay()));
        return Optional.of(doc);
    }

    private static Document common(String id, String type, String kind, String group, String name, String snippet) {
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StringField(TYPE, type, Field.Store.YES));
        doc.add(new StoredField(KIND, kind));
        doc.add(new StoredField(GROUP, group == null ? "" : group));
        doc.add(new TextField(NAME, name, Field.Store.YES));
        doc.add(new StringField(NAME_KEY, ChineseText.key(name), Field.Store.NO));
        add(doc, name);
        String source = snippet == null ? "" : snippet;
        doc.add(new StoredField(SNIPPET, ChineseText.cut(source, MAX_SNIPPET_SOURCE)));
        String initials = PinyinInitials.of(name).letters();
        if (!initials.isEmpty()) {
            doc.add(new StringField(INITIALS, initials, Field.Store.NO));
            for (int i = 0; i < initials.length(); i++) {
                doc.add(new StringField(INITIALS_SUFFIX, initials.substring(i), Field.Store.NO));
            }
        }
        return doc;
    }

    private static void add(Document doc, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new TextField(ALL, text, Field.Store.NO));
        }
    }
}
