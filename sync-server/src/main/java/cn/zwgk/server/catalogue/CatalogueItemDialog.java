package cn.zwgk.server.catalogue;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DisclosureMethod;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.server.catalogue.history.ItemVersion;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.fleet.FleetService;
import cn.zwgk.server.fleet.KioskSighting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Edit one item (the standard elements of DOMAIN.md §3), publish it to the kiosks (nightly or urgent), retire
 * it, and see its history and which kiosks already have its newest version.
 */
class CatalogueItemDialog extends Dialog {
    /** The channels of the national guidelines (公开渠道和载体); others may be typed. */
    static final List<String> CHANNELS = List.of("政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体",
            "公开查阅点", "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏(电子屏)", "精准推送", "其他");

    CatalogueItemDialog(ConsoleServices services, CatalogueItem item, String domainName, Runnable saved) {
        boolean isNew = item.version() == 0;
        setHeaderTitle((isNew ? "新建事项 · " : "编辑事项 · ") + domainName);
        setWidth("min(1100px, 95vw)");
        IntegerField serial = new IntegerField("序号");
        serial.setValue(item.serialNo());
        TextField level1 = field("一级事项", item.level1());
        TextField name = field("二级事项（事项名称）", item.name());
        TextField level3 = field("三级事项（没有可不填）", item.level3());
        TextArea content = area("公开内容（要素）", item.content());
        TextArea basis = area("公开依据", item.basis());
        TextField timeLimit = field("公开时限", item.timeLimit());
        TextField body = field("公开主体", item.responsibleBody());
        MultiSelectComboBox<String> channels = new MultiSelectComboBox<>("公开渠道和载体");
        LinkedHashSet<String> choices = new LinkedHashSet<>(CHANNELS);
        choices.addAll(item.channels());
        channels.setItems(choices);
        channels.setValue(new LinkedHashSet<>(item.channels()));
        channels.setAllowCustomValue(true);
        channels.addCustomValueSetListener(e -> {
            choices.add(e.getDetail());
            channels.setItems(choices);
            var value = new LinkedHashSet<>(channels.getValue());
            value.add(e.getDetail());
            channels.setValue(value);
        });
        ComboBox<Audience> audience = choice("公开对象", Audience.values(), item.audience(), Audience::label);
        ComboBox<DisclosureMethod> method = choice("公开方式", DisclosureMethod.values(), item.method(),
                DisclosureMethod::label);
        CheckboxGroup<AdministrativeLevel> levels = new CheckboxGroup<>("公开层级（可多选）");
        levels.setItems(AdministrativeLevel.values());
        levels.setItemLabelGenerator(AdministrativeLevel::label);
        levels.setValue(item.levels());
        TextField url = field("网上链接（二维码指向）", item.onlineUrl());
        Checkbox urgent = new Checkbox("紧急推送（在线终端几分钟内更新，否则随夜间同步）");
        FormLayout form = new FormLayout(serial, level1, name, level3, body, timeLimit, channels, audience, method, levels, url,
                content, basis, urgent);
        form.setColspan(content, 2);
        form.setColspan(basis, 2);

        TabSheet tabs = new TabSheet();
        tabs.add("事项要素", form);
        if (!isNew) {
            tabs.add("修改记录", history(services.catalogue().history(ConsoleSession.require(), item.id()), services));
            tabs.add("推送情况", delivery(services.fleet().delivery(ConsoleSession.require(), RecordType.CATALOGUE_ITEM,
                    item.id())));
        }
        add(tabs);

        Button save = new Button(isNew ? "新建并发布" : "保存并发布", e -> {
            StaffSession who = ConsoleSession.require();
            CatalogueItem edited = new CatalogueItem(item.id(), item.kind(), item.domainCode(),
                    serial.getValue() == null ? 0 : serial.getValue(), level1.getValue().strip(), name.getValue().strip(),
                    level3.getValue().strip(), content.getValue().strip(), basis.getValue().strip(), timeLimit.getValue().strip(),
                    body.getValue().strip(), List.copyOf(channels.getValue()), audience.getValue(), method.getValue(),
                    levels.getValue(), url.getValue().isBlank() ? null : url.getValue().strip(), item.document(),
                    item.links(), item.language(), item.version(), item.updatedAt());
            try {
                services.catalogue().save(who, edited, urgent.getValue());
                Messages.showDone("已保存，" + (urgent.getValue() ? "紧急推送到终端" : "将随夜间同步推送到终端"));
                saved.run();
                close();
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("取消", e -> close()));
        if (!isNew) {
            Button retire = new Button("停用此事项", e -> {
                try {
                    services.catalogue().retire(ConsoleSession.require(), item.id(), item.version(), urgent.getValue());
                    Messages.showDone("已停用，终端同步后不再显示");
                    saved.run();
                    close();
                } catch (RuntimeException refused) {
                    Messages.showError(refused);
                }
            });
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(retire);
        }
        getFooter().add(save);
    }

    private static Grid<ItemVersion> history(List<ItemVersion> versions, ConsoleServices services) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(services.zone());
        Grid<ItemVersion> grid = new Grid<>();
        grid.addColumn(v -> time.format(v.at())).setHeader("时间").setAutoWidth(true);
        grid.addColumn(v -> v.kind().label()).setHeader("变更").setAutoWidth(true);
        grid.addColumn(v -> v.item().version()).setHeader("版本").setAutoWidth(true);
        grid.addColumn(ItemVersion::author).setHeader("修改人").setAutoWidth(true);
        grid.addColumn(ItemVersion::source).setHeader("来源").setAutoWidth(true);
        grid.addColumn(v -> v.item().name()).setHeader("事项名称").setFlexGrow(1);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Paragraph delivery(FleetService.Delivery d) {
        if (d.seq() == 0) {
            return new Paragraph("此事项的变更记录不在同步日志中（可能已被清理），无法统计。");
        }
        String have = d.have().stream().map(KioskSighting::id).collect(Collectors.joining("、"));
        String waiting = d.waiting().stream().map(KioskSighting::id).collect(Collectors.joining("、"));
        return new Paragraph("最新版本（同步序号 " + d.seq() + "）：已有 " + d.have().size() + " 台终端"
                + (have.isEmpty() ? "" : "（" + have + "）") + "；等待同步 " + d.waiting().size() + " 台"
                + (waiting.isEmpty() ? "" : "（" + waiting + "）") + "。");
    }

    private static TextField field(String label, String value) {
        TextField f = new TextField(label);
        f.setValue(value == null ? "" : value);
        return f;
    }

    private static TextArea area(String label, String value) {
        TextArea f = new TextArea(label);
        f.setValue(value == null ? "" : value);
        f.setMaxHeight("12em");
        return f;
    }

    private static <T> ComboBox<T> choice(String label, T[] values, T value,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        ComboBox<T> box = new ComboBox<>(label);
        box.setItems(values);
        box.setItemLabelGenerator(labels);
        box.setValue(value);
        return box;
    }
}
