package cn.zwgk.server.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The console as a web app at {@code /console}: Jetty runs Vaadin's initializers, which find the console's
 * routes and deploy Vaadin's servlet (see STACK.md: the same set-up as the kiosk).
 */
public final class ConsoleWebApp {
    public static final String PATH = "/console";

    private ConsoleWebApp() {
    }

    public static WebAppContext create(ConsoleServices services) {
        Path webRoot;
        try {
            webRoot = Files.createTempDirectory("console-webroot");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the console's temporary web root", e);
        }
        webRoot.toFile().deleteOnExit();
        WebAppContext context = new WebAppContext();
        context.setContextPath(PATH);
        context.setBaseResource(ResourceFactory.of(context).newResource(webRoot));
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, ".*\\.jar|.*/classes/.*");
        context.setConfigurationDiscovered(true);
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.setAttribute(ConsoleServices.class.getName(), services);
        context.setInitParameter("productionMode", "true");
        // Staff sessions end after 30 idle minutes; personal data must not stay open on an unattended desk.
        context.getSessionHandler().setMaxInactiveInterval(30 * 60);
        return context;
    }
}
