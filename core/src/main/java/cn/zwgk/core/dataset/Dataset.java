package cn.zwgk.core.dataset;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.site.Site;
import java.util.List;

/** A set of records to load into the central store: the demo data, or an import file. */
public record Dataset(List<Domain> domains, List<Site> sites, List<CatalogueItem> items, List<Notice> notices,
        List<NoticeTemplate> templates, List<WorkingCalendar> calendars) {

    public Dataset {
        domains = List.copyOf(domains);
        sites = List.copyOf(sites);
        items = List.copyOf(items);
        notices = List.copyOf(notices);
        templates = List.copyOf(templates);
        calendars = List.copyOf(calendars);
    }

    public Dataset(List<Domain> domains, List<Site> sites, List<CatalogueItem> items, List<Notice> notices) {
        this(domains, sites, items, notices, List.of(), List.of());
    }

    public int size() {
        return domains.size() + sites.size() + items.size() + notices.size() + templates.size() + calendars.size();
    }
}
