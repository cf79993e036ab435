package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loopback bell a second start rings to bring the open window forward: no window needed. */
class RunningInstanceTest {

    @TempDir
    Path dir;

    private final AtomicInteger shown = new AtomicInteger();
    private final Semaphore showCalls = new Semaphore(0);

    private Runnable onShow() {
        return () -> {
            shown.incrementAndGet();
            showCalls.release();
        };
    }

    @Test
    void aSecondStartAsksTheFirstToShowItselfAndItDoes() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (RunningInstance first = RunningInstance.listen(folder, onShow()).orElseThrow()) {
            Path file = dir.resolve(RunningInstance.FILE_NAME);
            String[] content = Files.readString(file).strip().split(" ");
            assertThat(content).hasSize(2);
            assertThat(Integer.parseInt(content[0])).isEqualTo(first.port());
            assertThat(content[1]).as("256 random bits, in hex").hasSize(64).matches("[0-9a-f]+");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

            assertThat(RunningInstance.askToShow(folder)).isTrue();
            assertThat(showCalls.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(RunningInstance.askToShow(folder)).isTrue();
            assertThat(showCalls.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(shown).hasValue(2);
        }
        assertThat(dir.resolve(RunningInstance.FILE_NAME)).as("removed on closing").doesNotExist();
        assertThat(RunningInstance.askToShow(folder)).isFalse();
    }

    @Test
    void aCallerWithoutTheTokenIsRefusedAndNothingIsShown() throws Exception {
        try (RunningInstance first = RunningInstance.listen(new DataFolder(dir), onShow()).orElseThrow()) {
            assertThat(send(first.port(), "show 0000")).isEqualTo("refused");
            assertThat(send(first.port(), "open /etc/passwd")).isEqualTo("refused");
            assertThat(send(first.port(), "x".repeat(10_000))).as("a line too long to be ours").isEqualTo("refused");
            // Still listening after those, and the right token still works.
            assertThat(RunningInstance.askToShow(new DataFolder(dir))).isTrue();
            assertThat(showCalls.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(shown).hasValue(1);
        }
    }

    @Test
    void aFileLeftByAWindowThatEndedWithoutClosingIsNoAnswer() throws Exception {
        int deadPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        Files.writeString(dir.resolve(RunningInstance.FILE_NAME), deadPort + " " + "ab".repeat(32) + "\n");
        assertThat(RunningInstance.askToShow(new DataFolder(dir))).isFalse();
        Files.writeString(dir.resolve(RunningInstance.FILE_NAME), "not what we wrote");
        assertThat(RunningInstance.askToShow(new DataFolder(dir))).isFalse();
    }

    /** What the listener answers to one line; null when it only closes the connection. */
    private static String send(int port, String line) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        } catch (java.net.SocketException e) {
            return null;
        }
    }
}
