package cn.zwgk.server.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jetty.server.Request;

/**
 * Who may see the server's operational details — the status page at {@code /} (kiosk ids, sites, errors, conflict
 * titles), {@code /metrics} and the detailed {@code /health}: this machine (loopback: the operator, the health timer,
 * {@code curl} over SSH) and the monitoring hosts named in {@code ZWGK_MONITOR_HOSTS} (IP addresses, comma
 * separated). Everyone else gets the bare {@code /health} status, and a refusal for the rest. The client address is
 * the connection's own: a forwarded-for header is never believed.
 */
public final class OperatorAccess {
    private final Set<InetAddress> monitors;

    public OperatorAccess(Set<InetAddress> monitors) {
        this.monitors = Set.copyOf(monitors);
    }

    /** From {@code ZWGK_MONITOR_HOSTS}; a value that is not an IP address stops the start with its name. */
    public static OperatorAccess fromEnvironment() {
        return parse(System.getenv("ZWGK_MONITOR_HOSTS"));
    }

    public static OperatorAccess parse(String hosts) {
        Set<InetAddress> out = new LinkedHashSet<>();
        if (hosts != null) {
            for (String h : hosts.split("[,\\s]+")) {
                if (h.isBlank()) {
                    continue;
                }
                if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                    throw new IllegalArgumentException("ZWGK_MONITOR_HOSTS: 「" + h + "」不是 IP 地址（不接受主机名）");
                }
                try {
                    out.add(InetAddress.getByName(h));
                } catch (UnknownHostException e) {
                    throw new IllegalArgumentException("ZWGK_MONITOR_HOSTS: 「" + h + "」不是 IP 地址", e);
                }
            }
        }
        return new OperatorAccess(out);
    }

    /** True for loopback and the monitoring hosts. */
    public boolean trusts(InetAddress client) {
        return client != null && (client.isLoopbackAddress() || monitors.contains(client));
    }

    public boolean trusts(Request request) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet && trusts(inet.getAddress());
    }
}
