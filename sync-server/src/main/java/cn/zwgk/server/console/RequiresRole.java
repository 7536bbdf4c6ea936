package cn.zwgk.server.console;

import cn.zwgk.core.staff.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a console view (any of them). Only navigation is guarded here; every service the
 * view calls checks the session's roles again, so a request made around the UI is refused too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresRole {
    Role[] value();
}
