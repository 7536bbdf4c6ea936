package cn.zwgk.kiosk.staff;

import cn.zwgk.core.staff.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles a {@code staff/*} view needs (any one of them). A staff view without it needs a login with any
 * kiosk role. Checked by {@link StaffGuard} before the view is built.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StaffRoles {
    Role[] value();
}
