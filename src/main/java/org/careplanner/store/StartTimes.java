package org.careplanner.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each step of opening the app took, kept in memory for the benchmark's probe (which runs in the same
 * process) and logged as each step ends when the program is started with {@code -Dcareplanner.startTimes=true}.
 * Holds only step names and milliseconds: nothing about the store's contents.
 */
public final class StartTimes {

    /** The system property that turns the log lines on. */
    public static final String PROPERTY = "careplanner.startTimes";

    private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();
    private static final boolean LOGGED = Boolean.getBoolean(PROPERTY);

    private StartTimes() {
    }

    /** Records that {@code step} took from {@code startNanos} ({@link System#nanoTime}) until now; returns now. */
    public static long took(String step, long startNanos) {
        long now = System.nanoTime();
        long ms = (now - startNanos) / 1_000_000;
        MILLIS.put(step, ms);
        if (LOGGED) {
            System.getLogger(StartTimes.class.getName()).log(System.Logger.Level.INFO, "start: {0} {1} ms", step, ms);
        }
        return now;
    }

    /**
     * When the property is set, logs how long after the JVM started {@code moment} happened (the management beans
     * this needs are loaded only then, so an ordinary start does not pay for them).
     */
    public static void mark(String moment) {
        if (LOGGED) {
            long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            long cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
            System.getLogger(StartTimes.class.getName()).log(System.Logger.Level.INFO,
                    "start: at {0} ms (process CPU {1} ms): {2}", uptime, cpu, moment);
        }
    }

    /** How long the step took, in milliseconds, or -1 if it has not been recorded in this process. */
    public static long millis(String step) {
        return MILLIS.getOrDefault(step, -1L);
    }
}
