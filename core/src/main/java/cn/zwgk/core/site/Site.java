package cn.zwgk.core.site;

import cn.zwgk.core.validation.Violations;

/**
 * A place in the hierarchy district → street → community. Kiosks are enrolled to a site; notices
 * are published for a site.
 *
 * @param code       stable code, e.g. the statistical division code {@code 110105001001}
 * @param name       e.g. 朝阳门社区
 * @param level      district, street or community
 * @param parentCode the enclosing site, null for a district
 */
public record Site(String code, String name, SiteLevel level, String parentCode) {

    public Violations validate() {
        Violations v = new Violations()
                .require("code", "站点代码", code)
                .matches("code", "站点代码", code, "[0-9A-Za-z-]{1,40}", "只能包含字母、数字和连字符")
                .require("name", "站点名称", name)
                .maxLength("name", "站点名称", name, 100)
                .requireValue("level", "站点层级", level);
        if (level == SiteLevel.DISTRICT && parentCode != null) {
            v.add("parentCode", "上级站点", "区县不能有上级站点");
        }
        if (level != null && level != SiteLevel.DISTRICT) {
            v.require("parentCode", "上级站点", parentCode);
        }
        return v;
    }
}
