package cn.zwgk.server.clock;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A minimal NTP (RFC 5905, mode 4) server: answers each client request with this machine's clock, so
 * kiosks where no other time source is reachable can check their clocks against the central server.
 * Stratum 2 (it follows the host's own synchronised clock), no authentication. Off by default; the demo
 * turns it on ({@code serve --ntp-port}). Port 123 needs root: use a high port and point kiosks at it.
 */
public final class NtpResponder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NtpResponder.class);
    /** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01. */
    private static final long NTP_EPOCH_OFFSET = 2_208_988_800L;
    private static final int PACKET = 48;

    private final DatagramSocket socket;
    private final Clock clock;
    private final Thread thread;

    private NtpResponder(DatagramSocket socket, Clock clock) {
        this.socket = socket;
        this.clock = clock;
        this.thread = new Thread(this::serve, "ntp-responder");
        this.thread.setDaemon(true);
    }

    /** Binds {@code host:port} (port 0 = any free port) and starts answering. */
    public static NtpResponder start(String host, int port, Clock clock) throws SocketException {
        try {
            DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(host), port));
            NtpResponder responder = new NtpResponder(socket, clock);
            responder.thread.start();
            LOG.info("NTP responder on udp://{}:{}", host, socket.getLocalPort());
            return responder;
        } catch (java.net.UnknownHostException e) {
            throw new SocketException("unknown host " + host);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] in = new byte[PACKET];
        while (!socket.isClosed()) {
            try {
                DatagramPacket request = new DatagramPacket(in, in.length);
                socket.receive(request);
                long received = clock.millis();
                if (request.getLength() < PACKET || (in[0] & 0x7) != 3) {
                    continue; // only client-mode requests
                }
                byte[] out = new byte[PACKET];
                int version = (in[0] >> 3) & 0x7;
                out[0] = (byte) ((version << 3) | 4); // leap 0, same version, mode 4 (server)
                out[1] = 2; // stratum
                out[2] = in[2]; // poll
                out[3] = (byte) -20; // precision ~1 µs
                out[12] = 'L';
                out[13] = 'O';
                out[14] = 'C';
                out[15] = 'L';
                writeTimestamp(out, 16, received); // reference time
                System.arraycopy(in, 40, out, 24, 8); // originate = the client's transmit time
                writeTimestamp(out, 32, received);
                writeTimestamp(out, 40, clock.millis());
                socket.send(new DatagramPacket(out, out.length, request.getSocketAddress()));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("NTP responder: {}", e.toString());
                }
            }
        }
    }

    private static void writeTimestamp(byte[] buffer, int offset, long epochMillis) {
        long seconds = epochMillis / 1000 + NTP_EPOCH_OFFSET;
        long fraction = (epochMillis % 1000) * 0x1_0000_0000L / 1000;
        for (int i = 0; i < 4; i++) {
            buffer[offset + i] = (byte) (seconds >>> (24 - 8 * i));
            buffer[offset + 4 + i] = (byte) (fraction >>> (24 - 8 * i));
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
