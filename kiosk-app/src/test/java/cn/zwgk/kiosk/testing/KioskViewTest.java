package cn.zwgk.kiosk.testing;

import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.kiosk.system.KioskInstantiatorFactory;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockVaadinServlet;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServletService;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server-side view tests (browserless-test) on the real kiosk wiring: a real Derby store in a temp folder
 * filled with {@link ViewFixture}, the real {@link KioskServices} from {@link KioskApp#services}, and the
 * kiosk's own {@link KioskInstantiatorFactory}, so views are built through their {@code (KioskServices)}
 * constructors exactly as in production.
 *
 * <p>browserless-test's default setup creates its mock servlet context itself and initialises the Vaadin
 * service (which asks the instantiator factories for an instantiator) before a test could put anything into
 * that context. So this class replaces the setup step: its servlet puts the services into the servlet
 * context first, as {@code KioskWebServer} does, and the lookup is given {@link KioskInstantiatorFactory}.
 */
@ViewPackages(packages = "cn.zwgk.kiosk")
public abstract class KioskViewTest extends BrowserlessTest {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path dir;
    static Database database;

    protected KioskServices services;

    @BeforeAll
    static void openStore() {
        database = KioskDatabase.open(dir.resolve("db"));
        ViewFixture.load(database);
    }

    @AfterAll
    static void closeStore() {
        database.close();
    }

    /** The kiosk's clock in a test: 10:00 on {@link ViewFixture#TODAY} unless a test class says otherwise. */
    protected Clock clock() {
        return Clock.fixed(ViewFixture.TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** The services the views get; a test class may wire its own (e.g. with a started search index). */
    protected KioskServices services(KioskConfig config) {
        return KioskApp.services(database, config, clock());
    }

    /**
     * Only the kiosk's views: @ViewPackages is not inherited by the test classes, and without it the whole
     * classpath is scanned, which now includes the central console's routes (sync-server is a test dependency).
     */
    @Override
    protected java.util.Set<String> scanPackages() {
        return java.util.Set.of("cn.zwgk.kiosk");
    }

    /** The test's kiosk store (filled with {@link ViewFixture}). */
    protected static Database database() {
        return database;
    }

    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir, URI.create("http://127.0.0.1:9"), "view-test",
                ViewFixture.SITE, Duration.ofMinutes(10), ZONE);
        services = services(config);
        KioskServices forServlet = services;
        scanTesters();
        MockVaadinServlet servlet = new MockVaadinServlet(discoverRoutes(), MockedUI::new) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration) {
                getServletContext().setAttribute(KioskServices.class.getName(), forServlet);
                return super.createServletService(configuration);
            }
        };
        MockVaadin.setup(MockedUI::new, servlet, Set.of(KioskInstantiatorFactory.class));
        initSignalsSupport();
    }
}
