package cn.zwgk.kiosk.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.site.Site;

/**
 * A notice as the kiosk shows it, with the site that published it.
 *
 * @param notice  the notice
 * @param site    the publishing site: the kiosk's own community, or its street or district
 * @param ownSite whether it is the kiosk's own site (others are labelled with their site's name)
 */
public record NoticeEntry(Notice notice, Site site, boolean ownSite) {
}
