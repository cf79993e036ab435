package org.careplanner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careplanner.Launcher;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.print.PlanDocument;
import org.careplanner.print.PrintSize;

/**
 * What the benchmark runs in a fresh JVM, one thing per process, and reports on standard output for
 * {@link Bench} to time from outside:
 * <ul>
 *   <li>{@code app DATA_DIR}: the real program ({@link Launcher}) on that store; prints {@code SHOWN} once the home
 *   screen is on show with its list of plans filled in and a frame drawn, then its memory, then exits;</li>
 *   <li>{@code bare}: the baseline, a bare JavaFX window with one label; {@code SHOWN} once drawn;</li>
 *   <li>{@code pdf}: the first PDF of a 50-line plan in a fresh JVM, in milliseconds.</li>
 * </ul>
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "app" -> {
                Launcher.main(new String[] {"--data-dir", args[1]});
                waitUntilShown(true);
                reportMemory();
                System.exit(0);
            }
            case "bare" -> {
                Platform.startup(() -> {
                    Stage stage = new Stage();
                    stage.setTitle("Bare window");
                    stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 1100, 760));
                    stage.show();
                });
                waitUntilShown(false);
                System.exit(0);
            }
            case "pdf" -> {
                Plan plan = new MadeUpPlans(7).firstVersion(1, 50, java.time.Instant.parse("2026-11-02T10:00:00Z"));
                long start = System.nanoTime();
                var assessment = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT).assess(plan, LocalDate.now());
                byte[] pdf = new PlanDocument(plan, assessment).toPdf(PrintSize.STANDARD);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.println("PDF_MS " + ms + " " + pdf.length);
                System.exit(0);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Polls the JavaFX thread until a window is showing (with a filled plan list if asked), then one pulse more. */
    private static void waitUntilShown(boolean needsPlanList) throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicBoolean found = new AtomicBoolean();
        while (drawn.getCount() > 0) {
            try {
                Platform.runLater(() -> {
                    if (found.get()) {
                        return;
                    }
                    for (Window w : Window.getWindows()) {
                        Scene scene = w.getScene();
                        if (!w.isShowing() || scene == null || !(!needsPlanList || hasPlans(scene.getRoot()))) {
                            continue;
                        }
                        found.set(true);
                        // Shown after the next pulse has laid out and drawn the scene.
                        Runnable[] once = new Runnable[1];
                        once[0] = () -> {
                            scene.removePostLayoutPulseListener(once[0]);
                            Platform.runLater(drawn::countDown);
                        };
                        scene.addPostLayoutPulseListener(once[0]);
                        Platform.requestNextPulse();
                        return;
                    }
                });
            } catch (IllegalStateException toolkitNotStartedYet) {
                // JavaFX is not up yet: try again.
            }
            Thread.sleep(5);
        }
        System.out.println("SHOWN");
        System.out.flush();
    }

    private static boolean hasPlans(Node root) {
        for (Node n : root.lookupAll(".list-view")) {
            if (n instanceof ListView<?> list && !list.getItems().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Peak and current resident memory of this process (Linux), and the Java heap in use after a full GC. */
    private static void reportMemory() throws IOException {
        long peakKb = -1;
        long rssKb = -1;
        Path status = Path.of("/proc/self/status");
        if (Files.exists(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    peakKb = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmRSS:")) {
                    rssKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        }
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapCommitted = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        System.out.println("MEMORY peak_rss_kb=" + peakKb + " rss_kb=" + rssKb + " heap_used_kb=" + heapUsed / 1024
                + " heap_committed_kb=" + heapCommitted / 1024);
        System.out.flush();
    }
}
