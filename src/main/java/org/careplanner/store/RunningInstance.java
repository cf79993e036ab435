package org.careplanner.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How a second CarePlanner started on the same store asks the first to come to the front. The window that has
 * the store open listens on a loopback port (127.0.0.1, a port the system chooses) and writes the port and a
 * random token to {@code careplanner.instance} beside the store, readable by its owner only. A second start
 * sends {@code show TOKEN}; the first answers {@code shown} and brings its window forward. Nothing else is ever
 * accepted: a wrong token, or more than one short line, is refused. Only someone who can read the data folder
 * (who could read the plans anyway) can ring this bell, and all it does is show a window.
 */
public final class RunningInstance implements AutoCloseable {

    /** The file beside the store that tells a second start where the first listens. */
    public static final String FILE_NAME = "careplanner.instance";

    private static final System.Logger LOG = System.getLogger(RunningInstance.class.getName());
    private static final int TIMEOUT_MILLIS = 3000;
    private static final int LONGEST_LINE = 100;

    private final ServerSocket server;
    private final Path file;
    private final String token;
    private final Thread listener;
    private volatile boolean closed;

    private RunningInstance(ServerSocket server, Path file, String token, Runnable onShow) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.listener = new Thread(() -> listen(onShow), "running-instance");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Starts listening for this store's folder; {@code onShow} runs on the listening thread each time a second
     * start asks (hand it to the JavaFX thread). Never fails the app: without a port, a second start is only told
     * the store is in use, and this returns empty.
     */
    public static Optional<RunningInstance> listen(DataFolder folder, Runnable onShow) {
        Path file = folder.path().resolve(FILE_NAME);
        ServerSocket server = null;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            write(file, server.getLocalPort() + " " + token + "\n");
            return Optional.of(new RunningInstance(server, file, token, onShow));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "A second start will not be able to switch to this window: "
                    + e.getClass().getSimpleName());
            if (server != null) {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // Nothing more to do: it was never used.
                }
            }
            return Optional.empty();
        }
    }

    /** The file a CarePlanner window with this store open has written, if there is one. */
    public static Optional<Path> fileIn(DataFolder folder) {
        Path file = folder.path().resolve(FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * From a second start: asks the window that has this store open to come to the front.
     *
     * @return true when it answered that it did; false when no CarePlanner window listens (the store is held by
     *         another program, e.g. a command, or the file is left from a window that ended without closing)
     */
    public static boolean askToShow(DataFolder folder) {
        Path file = folder.path().resolve(FILE_NAME);
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 2) {
                return false;
            }
            int port = Integer.parseInt(parts[0]);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                OutputStream out = socket.getOutputStream();
                out.write(("show " + parts[1] + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII));
                return "shown".equals(in.readLine());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void listen(Runnable onShow) {
        while (!closed) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MILLIS);
                String line = readLine(client);
                boolean ok = line != null && line.startsWith("show ") && MessageDigest.isEqual(
                        line.substring(5).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().write((ok ? "shown\n" : "refused\n").getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                if (ok) {
                    onShow.run();
                }
            } catch (SocketTimeoutException e) {
                // A caller that said nothing in time: drop it and listen on.
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "A second start's request could not be read: "
                            + e.getClass().getSimpleName());
                }
            }
        }
    }

    /** One line of at most LONGEST_LINE characters, or null. */
    private static String readLine(Socket client) throws IOException {
        StringBuilder line = new StringBuilder();
        var in = client.getInputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.length() >= LONGEST_LINE) {
                return null;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** The port listened on (for tests). */
    int port() {
        return server.getLocalPort();
    }

    private static void write(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(FILE_NAME + ".partial");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(partial); // Windows: the user's profile folder is the user's own.
        }
        Files.writeString(partial, content, StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stops listening and removes the file (if it is still this window's). */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the listening port failed");
        }
        try {
            if (Files.readString(file, StandardCharsets.US_ASCII).contains(token)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "The instance file was already gone");
        }
    }
}
