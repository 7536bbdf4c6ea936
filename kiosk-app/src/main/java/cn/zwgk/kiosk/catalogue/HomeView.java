package cn.zwgk.kiosk.catalogue;

import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/** Home: the disclosure domains as large touch tiles with their item counts. */
@Route(value = "", layout = KioskLayout.class)
@PageTitle("政务公开查询 · 首页")
public class HomeView extends Div {

    public HomeView(KioskServices services) {
        addClassName("home-view");
        H1 heading = new H1(getTranslation("catalogue.home.title"));
        Paragraph hint = new Paragraph(getTranslation("catalogue.home.hint"));
        hint.addClassName("hint");
        add(heading, hint);

        List<DomainTile> tiles = services.catalogue().domainTiles();
        if (tiles.isEmpty()) {
            Paragraph empty = new Paragraph("本机暂无公开事项数据。数据同步完成后会自动显示，请稍后再试，或向工作人员求助。");
            empty.addClassName("empty");
            add(empty);
            return;
        }
        Div grid = new Div();
        grid.addClassName("domain-tiles");
        for (DomainTile tile : tiles) {
            Span name = new Span(tile.domain().name());
            name.addClassName("tile-name");
            Span count = new Span(tile.itemCount() + " 项");
            count.addClassName("tile-count");
            RouterLink link = new RouterLink(DomainView.class, tile.domain().code());
            link.add(name, count);
            link.addClassName("domain-tile");
            grid.add(link);
        }
        add(grid);
    }
}
