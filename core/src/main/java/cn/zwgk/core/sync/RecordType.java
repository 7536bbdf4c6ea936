package cn.zwgk.core.sync;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.staff.StaffAccount;

/** The kinds of record that travel in the change log, each with the Java record that carries it. */
public enum RecordType {
    DOMAIN(Domain.class),
    SITE(Site.class),
    CATALOGUE_ITEM(CatalogueItem.class),
    NOTICE(Notice.class),
    TEMPLATE(NoticeTemplate.class),
    CALENDAR(WorkingCalendar.class),
    STAFF(StaffAccount.class),
    REQUEST_STATUS(RequestStatus.class);

    private final Class<? extends Record> recordClass;

    RecordType(Class<? extends Record> recordClass) {
        this.recordClass = recordClass;
    }

    public Class<? extends Record> recordClass() {
        return recordClass;
    }
}
