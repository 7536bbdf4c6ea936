package cn.zwgk.server.console;

import cn.zwgk.server.audit.AuditService;
import cn.zwgk.server.bundle.BundleExporter;
import cn.zwgk.server.calendar.CalendarService;
import cn.zwgk.server.catalogue.CatalogueEditor;
import cn.zwgk.server.catalogue.importing.CatalogueImportService;
import cn.zwgk.server.report.TimelinessService;
import cn.zwgk.server.fleet.FleetService;
import cn.zwgk.server.notice.NoticeDesk;
import cn.zwgk.server.notice.NoticeRefusals;
import cn.zwgk.server.request.RequestModule;
import cn.zwgk.server.staff.StaffService;
import cn.zwgk.server.template.TemplateDesk;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What console views may call. Views hold no SQL and check no roles themselves beyond hiding what a user
 * cannot open: each service checks the {@code StaffSession} it is given.
 */
public record ConsoleServices(StaffService staff, AuditService audit, FleetService fleet, RequestModule requests,
        CatalogueEditor catalogue, CatalogueImportService catalogueImport, TimelinessService timeliness,
        BundleExporter bundles, NoticeDesk notices, NoticeRefusals noticeRefusals, CalendarService calendars,
        TemplateDesk templates, ZoneId zone, Clock clock) {
}
