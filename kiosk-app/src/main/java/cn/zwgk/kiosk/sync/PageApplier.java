package cn.zwgk.kiosk.sync;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncProtocolException;
import cn.zwgk.core.validation.Violation;
import cn.zwgk.core.validation.Violations;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.reference.ReferenceStore;
import cn.zwgk.kiosk.request.RequestStore;
import cn.zwgk.kiosk.site.SiteStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one change into the kiosk's tables, inside the caller's page transaction. A record that does
 * not decode, does not validate or does not match its change's id throws, and the whole page rolls back.
 */
public final class PageApplier {
    private final CatalogueStore catalogue;
    private final NoticeStore notices;
    private final SiteStore sites;
    private final ReferenceStore references = new ReferenceStore();
    private final cn.zwgk.kiosk.board.TemplateVersionStore templateVersions = new cn.zwgk.kiosk.board.TemplateVersionStore();
    private final cn.zwgk.kiosk.staff.StaffStore staff = new cn.zwgk.kiosk.staff.StaffStore();
    private final RequestStore requestStatuses = new RequestStore();

    public PageApplier(CatalogueStore catalogue, NoticeStore notices, SiteStore sites) {
        this.catalogue = catalogue;
        this.notices = notices;
        this.sites = sites;
    }

    /**
     * Applies a page's changes. Only the last change of each record counts (they are in seq order), so
     * items and notices are written in batches; every record is decoded and checked first.
     */
    public void applyAll(Connection c, List<Change> changes) throws SQLException {
        Map<String, Change> last = new LinkedHashMap<>();
        for (Change change : changes) {
            last.remove(change.type() + ":" + change.id());
            last.put(change.type() + ":" + change.id(), change);
        }
        List<CatalogueItem> items = new ArrayList<>();
        List<String> removedItems = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<String> removedNotices = new ArrayList<>();
        for (Change change : last.values()) {
            boolean delete = change.op() == ChangeOp.DELETE;
            switch (change.type()) {
                case CATALOGUE_ITEM -> {
                    if (delete) {
                        removedItems.add(change.id());
                    } else {
                        CatalogueItem i = decode(change, CatalogueItem.class);
                        check(change, i.id(), i.validate());
                        items.add(i);
                    }
                }
                case NOTICE -> {
                    if (delete) {
                        removedNotices.add(change.id());
                    } else {
                        Notice n = decode(change, Notice.class);
                        check(change, n.id(), n.validate());
                        notices.add(n);
                    }
                }
                default -> applyOne(c, change, delete);
            }
        }
        catalogue.removeItems(c, removedItems);
        catalogue.putItems(c, items);
        this.notices.removeAll(c, removedNotices);
        this.notices.putAll(c, notices);
    }

    /** The record types that come a few at a time: written as they come. */
    private void applyOne(Connection c, Change change, boolean delete) throws SQLException {
        switch (change.type()) {
            case DOMAIN -> {
                if (delete) {
                    catalogue.removeDomain(c, change.id());
                } else {
                    Domain d = decode(change, Domain.class);
                    check(change, d.code(), d.validate());
                    catalogue.putDomain(c, d);
                }
            }
            case SITE -> {
                if (delete) {
                    sites.remove(c, change.id());
                } else {
                    Site s = decode(change, Site.class);
                    check(change, s.code(), s.validate());
                    sites.put(c, s);
                }
            }
            case TEMPLATE -> {
                if (delete) {
                    references.remove(c, change.type(), change.id());
                } else {
                    NoticeTemplate t = decode(change, NoticeTemplate.class);
                    check(change, t.id(), t.validate());
                    references.put(c, change.type(), t.id(), SyncJson.write(t));
                    templateVersions.put(c, t); // older versions stay: notices render with the version they were written with
                }
            }
            case STAFF -> {
                if (delete) {
                    staff.remove(c, change.id());
                } else {
                    StaffAccount a = decode(change, StaffAccount.class);
                    check(change, a.id(), a.validate());
                    staff.put(c, a);
                }
            }
            case CALENDAR -> {
                if (delete) {
                    references.remove(c, change.type(), change.id());
                } else {
                    WorkingCalendar y = decode(change, WorkingCalendar.class);
                    check(change, y.id(), y.validate());
                    references.put(c, change.type(), y.id(), SyncJson.write(y));
                }
            }
            case REQUEST_STATUS -> {
                if (delete) {
                    requestStatuses.removeStatus(c, change.id());
                } else {
                    RequestStatus r = decode(change, RequestStatus.class);
                    check(change, r.id(), requestStatusProblems(r));
                    requestStatuses.putStatus(c, r);
                }
            }
            default -> throw new IllegalStateException(change.type() + " is applied in batches");
        }
    }

    /** A status record must name its request, a valid tracking code and a state (it carries no validate() of its own). */
    private static Violations requestStatusProblems(RequestStatus r) {
        Violations v = new Violations().requireUuid("id", "申请", r.id()).requireValue("state", "状态", r.state());
        if (r.trackingCode() == null || cn.zwgk.core.request.TrackingCode.parse(r.trackingCode()).isEmpty()) {
            v.add("trackingCode", "查询码", "不是有效的查询码");
        }
        return v;
    }

    private static <T> T decode(Change change, Class<T> type) {
        try {
            return SyncJson.convert(change.payload(), type);
        } catch (SyncProtocolException e) {
            throw new SyncProtocolException(where(change) + ": " + e.getMessage(), e);
        }
    }

    private static void check(Change change, String recordId, Violations violations) {
        if (!change.id().equals(recordId)) {
            throw new SyncProtocolException(where(change) + ": payload is record " + recordId);
        }
        if (!violations.isEmpty()) {
            throw new SyncProtocolException(where(change) + " is invalid: "
                    + String.join("; ", violations.list().stream().map(Violation::message).toList()));
        }
    }

    private static String where(Change change) {
        return "change " + change.seq() + " (" + change.type() + " " + change.id() + ")";
    }
}
