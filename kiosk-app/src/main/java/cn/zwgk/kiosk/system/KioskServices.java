package cn.zwgk.kiosk.system;

import cn.zwgk.kiosk.catalogue.CatalogueService;
import cn.zwgk.kiosk.notice.NoticeService;
import cn.zwgk.kiosk.search.SearchService;
import cn.zwgk.kiosk.sync.SyncService;
import java.time.Clock;

/**
 * The services views may use, handed to each view's constructor by {@link KioskInstantiatorFactory}
 * (no static lookups inside views).
 */
public record KioskServices(KioskConfig config, Clock clock, CatalogueService catalogue, SyncService sync,
        NoticeService notices, SearchService search, cn.zwgk.kiosk.request.RequestService requests,
        cn.zwgk.kiosk.staff.StaffService staff, cn.zwgk.kiosk.board.BoardService board,
        cn.zwgk.kiosk.board.NoticeEditorService noticeEditor, cn.zwgk.kiosk.print.PrintService print) {
}
