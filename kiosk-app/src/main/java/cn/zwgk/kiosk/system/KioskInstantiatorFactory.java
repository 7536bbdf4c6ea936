package cn.zwgk.kiosk.system;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.i18n.I18NProvider;
import cn.zwgk.kiosk.i18n.KioskI18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Lets Vaadin build views and layouts with a {@code (KioskServices)} constructor, taking the services
 * the kiosk put into the servlet context at start-up. Found by Vaadin's lookup (classpath scanning).
 */
public final class KioskInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        KioskServices services = service.getContext().getAttribute(KioskServices.class);
        if (services == null) {
            return null;
        }
        I18NProvider i18n = new KioskI18NProvider();
        return new DefaultInstantiator(service) {
            @Override
            public I18NProvider getI18NProvider() {
                return i18n;
            }

            @Override
            public <T> T getOrCreate(Class<T> type) {
                Constructor<T> constructor;
                try {
                    constructor = type.getDeclaredConstructor(KioskServices.class);
                } catch (NoSuchMethodException e) {
                    return super.getOrCreate(type);
                }
                try {
                    return constructor.newInstance(services);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("cannot create " + type.getName(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot create " + type.getName(), e);
                }
            }
        };
    }
}
