package cn.zwgk.server.console;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.staff.StaffSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;

/** Create or edit one staff account. Errors from the service are shown in the dialog; nothing typed is lost. */
class StaffDialog extends Dialog {

    StaffDialog(ConsoleServices services, StaffAccount existing, Runnable saved) {
        setHeaderTitle(existing == null ? "新建员工账户" : "编辑员工账户 " + existing.username());
        TextField username = new TextField("用户名");
        TextField name = new TextField("姓名");
        PasswordField password = new PasswordField(existing == null ? "初始密码（至少 8 位）" : "重置密码（留空则不变）");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("角色");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        TextField site = new TextField("所属站点代码（社区/大厅工作人员必填，中心人员留空）");
        Checkbox active = new Checkbox("允许登录", true);
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            name.setValue(existing.displayName());
            roles.setValue(existing.roles());
            site.setValue(existing.siteCode() == null ? "" : existing.siteCode());
            active.setValue(existing.active());
        }
        FormLayout form = new FormLayout(username, name, password, roles, site, active);
        add(form);

        Button save = new Button("保存", e -> {
            StaffSession who = ConsoleSession.require();
            Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
            try {
                if (existing == null) {
                    services.staff().create(who, username.getValue(), name.getValue(), password.getValue(), chosen,
                            site.getValue());
                } else {
                    services.staff().update(who, existing.username(), name.getValue(), chosen, site.getValue(),
                            active.getValue());
                    if (!password.getValue().isEmpty()) {
                        services.staff().resetPassword(who, existing.username(), password.getValue());
                    }
                }
                saved.run();
                close();
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("取消", e -> close()), save);
    }
}
