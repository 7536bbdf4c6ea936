package cn.zwgk.kiosk.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Builds the kiosk's Jetty, unstarted. Vaadin deploys its own servlet through the servlet-container
 * initializers Jetty discovers on the classpath (as mvysny/vaadin-boot does).
 *
 * <pre>
 * Server
 *  └─ WebAppContext "/"            classpath scanned for Vaadin's initializers and our routes
 *      ├─ /health  → HealthServlet  checks (database, disk, sync, clock) and sync state as JSON
 *      └─ /*       → VaadinServlet  (deployed by Vaadin) resident screens
 * </pre>
 */
public final class KioskWebServer {

    private KioskWebServer() {
    }

    /** @param health what {@code /health} answers (see {@link KioskHealth#standard}) */
    public static Server create(KioskConfig config, KioskServices services, KioskHealth health) throws IOException {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);

        Path webRoot = Files.createTempDirectory("kiosk-webroot");
        webRoot.toFile().deleteOnExit();
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResource(ResourceFactory.of(context).newResource(webRoot));
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, ".*\\.jar|.*/classes/.*");
        context.setConfigurationDiscovered(true);
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.setAttribute(KioskServices.class.getName(), services);
        context.addServlet(new ServletHolder("health", new HealthServlet(health)), "/health");
        context.setInitParameter("productionMode", "true");
        server.setHandler(context);

        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        server.setErrorHandler(errors);
        return server;
    }
}
