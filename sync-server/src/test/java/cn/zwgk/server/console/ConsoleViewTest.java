package cn.zwgk.server.console;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockVaadinServlet;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server-side console view tests (browserless-test) on the real server wiring: a real Derby store in a temp
 * folder, the real {@link ConsoleServices} of {@link SyncServer} (created, not started), and the console's
 * own {@link ConsoleInstantiatorFactory}. The servlet puts the services into its context before Vaadin asks
 * for an instantiator, as {@code ConsoleWebApp} does.
 */
@ViewPackages(packages = "cn.zwgk.server")
public abstract class ConsoleViewTest extends BrowserlessTest {
    @TempDir
    static Path dir;
    protected static SyncServer server;
    protected static ConsoleServices services;
    /** The test day's clock ({@code AppClock.forTests()}), moved on by hand where a test needs time to pass (idle sessions). */
    protected static final LaterClock clock = new LaterClock();

    @BeforeAll
    static void openServer() {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir), clock, true);
        services = server.consoleServices();
        services.staff().bootstrap("admin", "中心管理员", "central-2026", Set.of(Role.CENTRAL_ADMIN), null, true);
    }

    @AfterAll
    static void closeServer() {
        server.close();
    }

    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        scanTesters();
        MockVaadinServlet servlet = new MockVaadinServlet(discoverRoutes(), MockedUI::new) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration) {
                getServletContext().setAttribute(ConsoleServices.class.getName(), services);
                return super.createServletService(configuration);
            }
        };
        MockVaadin.setup(MockedUI::new, servlet, Set.of(ConsoleInstantiatorFactory.class));
        initSignalsSupport();
    }

    /** Logs {@code session} in as the login view would (without the ~0.5 s password hash). */
    protected static void actAs(StaffSession session) {
        // the console checks the account behind a session on every request: it must exist, active, with these roles
        StaffAccount account = services.staff().account(session.username())
                .filter(a -> a.active() && a.session().equals(session))
                .orElseGet(() -> accountFor(session));
        ConsoleSession.start(VaadinSession.getCurrent(), session, account.version(), services.clock().instant());
    }

    private static StaffAccount accountFor(StaffSession s) {
        if (services.staff().account(s.username()).isEmpty()) {
            return services.staff().bootstrap(s.username(), s.displayName(), "console-view-test-2026", s.roles(),
                    s.siteCode(), false);
        }
        return services.staff().update(new StaffSession("admin", "中心管理员", Set.of(Role.CENTRAL_ADMIN), null),
                s.username(), s.displayName(), s.roles(), s.siteCode(), true);
    }

    /** {@link Clock#systemUTC()} plus an offset a test can add to. */
    protected static final class LaterClock extends Clock {
        private static final Clock TEST_DAY = cn.zwgk.core.time.AppClock.forTests();
        private volatile Duration offset = Duration.ZERO;

        public void advance(Duration d) {
            offset = offset.plus(d);
        }

        public void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return TEST_DAY.instant().plus(offset);
        }
    }

    protected static StaffSession admin() {
        return new StaffSession("admin", "中心管理员", Set.of(Role.CENTRAL_ADMIN), null);
    }
}
