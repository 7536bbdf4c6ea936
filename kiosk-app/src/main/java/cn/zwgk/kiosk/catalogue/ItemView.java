package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DocumentMetadata;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;

/** One catalogue item with the elements of the standard catalogue (QR code and links come with the kiosk issue). */
@Route(value = "item", layout = KioskLayout.class)
public class ItemView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    private final KioskServices services;
    private String title = "政务公开查询";

    public ItemView(KioskServices services) {
        this.services = services;
        addClassName("item-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        CatalogueItem item = services.catalogue().item(id).orElse(null);
        if (item == null) {
            add(new Breadcrumb(new RouterLink("首页", HomeView.class), new Span("未找到")), KioskLayout.backTo(HomeView.class),
                    new Paragraph("没有找到这个事项，它可能已被调整或撤销。请返回首页重新查找。"));
            return;
        }
        title = item.name() + " · 政务公开查询";
        String domainName = services.catalogue().domain(item.domainCode()).map(d -> d.name()).orElse("领域");
        add(new Breadcrumb(new RouterLink("首页", HomeView.class),
                new RouterLink(domainName, DomainView.class, item.domainCode()), new Span(item.name())),
                KioskLayout.backTo(DomainView.class, item.domainCode()), new H1(item.name()));

        DescriptionList elements = new DescriptionList();
        elements.addClassName("item-elements");
        add(elements);
        term(elements, "一级事项", item.level1());
        term(elements, "公开内容", item.content());
        term(elements, "公开依据", item.basis());
        term(elements, "公开时限", item.timeLimit());
        term(elements, "公开主体", item.responsibleBody());
        term(elements, "公开方式", item.method().label());
        term(elements, "公开渠道和载体", String.join("、", item.channels()));
        term(elements, "公开对象", item.audience().label());
        term(elements, "公开层级", item.level().label());
        DocumentMetadata doc = item.document();
        if (doc != null) {
            term(elements, "索引号", doc.indexNo());
            term(elements, "文号", doc.documentNo());
            term(elements, "发布机构", doc.publisher());
            term(elements, "成文日期", date(doc.writtenDate()));
            term(elements, "主题分类", doc.topic());
        }
        term(elements, "网上查看", item.onlineUrl() == null ? "本事项暂无网上页面" : item.onlineUrl());
    }

    private static void term(DescriptionList list, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        list.add(new DescriptionList.Term(label), new DescriptionList.Description(value));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
