package cn.zwgk.server.request;

import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.request.Deadlines;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * 答复期限计算: for a letter, a fax or a phone call, the officer picks the receipt date and reads every legal deadline,
 * counted on the calendars in force (provisional, and said so, over a year not entered yet).
 */
@Route("deadlines")
@PageTitle("答复期限计算 - 政务公开管理控制台")
@RequiresRole({Role.REQUEST_OFFICER, Role.CENTRAL_ADMIN})
public class DeadlineCalculatorView extends VerticalLayout {
    private final ConsoleServices services;
    private final DatePicker received = new DatePicker("收到申请的日期");
    private final Div result = new Div();

    public DeadlineCalculatorView(ConsoleServices services) {
        this.services = services;
        received.setValue(services.requests().desk().today());
        received.addValueChangeListener(e -> show());
        result.setId("deadline-result");
        add(new H3("答复期限计算"), new Paragraph("依《政府信息公开条例》按工作日计算，自收到申请的次日起算。"
                + "当面提交以提交当日为收到日期；邮寄签收以签收之日；平常信函以与申请人确认之日；网上、传真以双方确认之日。"),
                received, result);
        show();
    }

    private void show() {
        result.removeAll();
        LocalDate day = received.getValue();
        if (day == null) {
            result.add(new Paragraph("请选择收到申请的日期。"));
            return;
        }
        var book = services.calendars().book();
        Deadlines d = Deadlines.of(day, book);
        result.add(line("答复期限（20 个工作日）", d.reply(), "deadline-reply"),
                line("延期后（再 20 个工作日）", d.extended(), "deadline-extended"),
                line("补正告知最迟（7 个工作日）", d.correctionNotice(), "deadline-correction"),
                line("当天征求第三方意见，其答复最迟（15 个工作日）", d.thirdParty(), "deadline-third-party"));
        var missing = d.missingYears(book);
        if (!missing.isEmpty()) {
            Paragraph note = new Paragraph("暂定：" + missing.stream().map(String::valueOf).collect(Collectors.joining("、"))
                    + " 年的工作日历尚未录入，按周一至周五计算；中心录入后，系统会重新计算办理中申请的期限并通知承办人。");
            note.addClassName("warn");
            note.setId("deadline-provisional");
            result.add(note);
        }
    }

    private static Div line(String label, CountedDate date, String id) {
        Div row = new Div(new Span(label + "："), new Span(date.text()));
        row.setId(id);
        return row;
    }
}
