package cn.zwgk.server.console;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Lets Vaadin build console views with a {@code (ConsoleServices)} constructor, taking the services the
 * server put into the servlet context at start-up. Found by Vaadin's lookup (classpath scanning).
 */
public final class ConsoleInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        ConsoleServices services = service.getContext().getAttribute(ConsoleServices.class);
        if (services == null) {
            return null;
        }
        return new DefaultInstantiator(service) {
            @Override
            public <T> T getOrCreate(Class<T> type) {
                Constructor<T> constructor;
                try {
                    constructor = type.getDeclaredConstructor(ConsoleServices.class);
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
