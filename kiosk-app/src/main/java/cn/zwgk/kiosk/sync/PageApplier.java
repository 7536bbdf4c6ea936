package cn.zwgk.kiosk.sync;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import java.sql.Connection;
import java.sql.SQLException;

/** Writes one change into the kiosk's tables, inside the caller's page transaction. */
public final class PageApplier {
    private final CatalogueStore catalogue;
    private final NoticeStore notices;
    private final SiteStore sites;

    public PageApplier(CatalogueStore catalogue, NoticeStore notices, SiteStore sites) {
        this.catalogue = catalogue;
        this.notices = notices;
        this.sites = sites;
    }

    public void apply(Connection c, Change change) throws SQLException {
        boolean delete = change.op() == ChangeOp.DELETE;
        switch (change.type()) {
            case DOMAIN -> {
                if (delete) {
                    catalogue.removeDomain(c, change.id());
                } else {
                    catalogue.putDomain(c, SyncJson.convert(change.payload(), Domain.class));
                }
            }
            case SITE -> {
                if (delete) {
                    sites.remove(c, change.id());
                } else {
                    sites.put(c, SyncJson.convert(change.payload(), Site.class));
                }
            }
            case CATALOGUE_ITEM -> {
                if (delete) {
                    catalogue.removeItem(c, change.id());
                } else {
                    catalogue.putItem(c, SyncJson.convert(change.payload(), CatalogueItem.class));
                }
            }
            case NOTICE -> {
                if (delete) {
                    notices.remove(c, change.id());
                } else {
                    notices.put(c, SyncJson.convert(change.payload(), Notice.class));
                }
            }
        }
    }
}
