package cn.zwgk.server.console;

import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.request.StaffMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The staff member's unread messages on the front page, each with 知道了 to mark it read. Nothing when none. */
final class StaffMessagesPanel extends Div {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    StaffMessagesPanel(StaffMessages messages, StaffSession staff) {
        setId("staff-messages");
        for (StaffMessages.Message m : messages.unread(staff)) {
            Div message = new Div();
            message.addClassName("staff-message");
            Button read = new Button("知道了", e -> {
                messages.markRead(staff, m.id());
                remove(message);
            });
            message.add(new Paragraph(AT.format(m.at()) + " " + m.body()), read);
            add(message);
        }
    }
}
