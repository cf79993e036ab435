package org.careplanner.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.TransferFile;
import org.careplanner.exchange.TransferPassphrase;

/**
 * Run in a child JVM by LeakTest (own temp folder, own working folder): a whole workflow with a made-up person
 * whose name holds {@link LeakTest#MARKER}. Every log record at every level goes to a file in the data folder's
 * "logs" folder, so whatever the product would log is on disk for the test to scan.
 * Arguments: data folder, export file, encrypted export file.
 */
public final class LeakWorkflow {
    private LeakWorkflow() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path export = Path.of(args[1]);
        Path encrypted = Path.of(args[2]);
        Files.createDirectories(folder.resolve("logs"));
        Logger root = Logger.getLogger("");
        FileHandler file = new FileHandler(folder.resolve("logs").resolve("careplanner.log").toString());
        file.setFormatter(new SimpleFormatter());
        file.setLevel(Level.ALL);
        root.addHandler(file);
        root.setLevel(Level.ALL);
        for (var h : root.getHandlers()) {
            h.setLevel(Level.ALL);
        }

        UUID id = new UUID(6, 6);
        try (LocalStore store = TestStores.open(folder)) {
            Plan plan = StorePlans.draft(id, StorePlans.person(LeakTest.MARKER, "Leaktest", null));
            store.plans().saveVersion(plan);
            store.automaticBackups().make(store);
            store.backUpTo(folder.resolve("backups").resolve("by-hand.zip"));
            Files.writeString(export, store.transfer().exportPlans(List.of(id)), StandardCharsets.UTF_8);
            // The encrypted export for moving to another laptop, with the program's own 600,000 iterations; opened
            // again in memory to show the name really is inside it (so its absence from the bytes means something).
            TransferPassphrase transfer = TransferPassphrase.of("purple tractor lighthouse Friday".toCharArray());
            Files.write(encrypted, store.transfer().exportPlansEncrypted(List.of(id), transfer));
            TransferFile.Opened opened = new TransferFile().open(encrypted, transfer);
            if (opened.isOpened() && LeakTest.holdsMarker(opened.content())) {
                System.out.println("ENCRYPTED EXPORT HOLDS THE PLAN");
            }
            try {
                store.database().write(c -> {
                    try (var s = c.prepareStatement("SELECT no_such_column FROM plan_version WHERE 'x' = '"
                            + LeakTest.MARKER + "'")) {
                        return s.executeQuery().next();
                    }
                });
                System.out.println("NO FAILURE");
            } catch (StoreException expected) {
                // What the app does with it: show the message. Its message must be free of the SQL text.
                System.out.println("FAILED: " + expected.getMessage());
                System.err.println("FAILED: " + expected);
                // What careless code could do with it: log it whole, or let it escape a thread, whose default
                // handler prints the stack trace and every cause to stderr. Neither may carry the SQL's values.
                Logger.getLogger(LeakWorkflow.class.getName()).log(Level.SEVERE, "A store call failed", expected);
                Thread escaping = new Thread(() -> {
                    throw expected;
                }, "escaping");
                escaping.start();
                escaping.join();
            }
        }
        file.close();
        System.out.println("DONE");
    }
}
