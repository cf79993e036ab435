package org.careplanner.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.ReadResult;
import org.careplanner.exchange.SignedContent;
import org.careplanner.exchange.TransferFile;
import org.careplanner.exchange.TransferPassphrase;

/**
 * Plans in and out of the store as plan files (org.careplanner.exchange format) and as a costing CSV for
 * finance. An import is all or nothing: a file with any problem changes nothing in the store.
 */
public final class PlanTransfer {

    private final PlanStore plans;
    private final PlanFile planFile = new PlanFile();
    private final SignedContent signedContent = new SignedContent();
    private final TransferFile transferFile = new TransferFile();
    private final PlanChecks rules;
    private final LineCosts lineCosts;

    public PlanTransfer(PlanStore plans, PlanChecks rules, LineCosts lineCosts) {
        this.plans = plans;
        this.lineCosts = lineCosts;
        this.rules = rules;
    }

    /** One plan's latest version as a plan file, or several as a bundle, in the order given. */
    public String exportPlans(List<UUID> planIds) {
        List<Plan> latest = latestOf(planIds);
        return latest.size() == 1 ? planFile.write(latest.get(0)) : planFile.writeBundle(latest);
    }

    /** Every plan's latest version as a bundle, in plan id order (so the same store gives the same bytes). */
    public String exportAll() {
        return planFile.writeBundle(latestOf(plans.planIds()));
    }

    /**
     * As {@link #exportPlans}, as an encrypted transfer file under this passphrase (docs/decisions/0017): the JSON
     * is encrypted in memory and never written anywhere in the clear.
     */
    public byte[] exportPlansEncrypted(List<UUID> planIds, TransferPassphrase passphrase) {
        return sealed(exportPlans(planIds), passphrase);
    }

    /** As {@link #exportAll(java.util.function.BooleanSupplier)}, as an encrypted transfer file under this passphrase. */
    public byte[] exportAllEncrypted(TransferPassphrase passphrase, java.util.function.BooleanSupplier cancelled) {
        String bundle = exportAll(cancelled);
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("Export cancelled");
        }
        return sealed(bundle, passphrase);
    }

    private byte[] sealed(String json, TransferPassphrase passphrase) {
        passphrase.problemForANewFile().ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        byte[] plain = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return transferFile.seal(plain, passphrase);
        } finally {
            java.util.Arrays.fill(plain, (byte) 0);
        }
    }

    /** Support lines of the plans' latest versions as CSV for finance (see {@link CostingCsv}). */
    public String costingCsv(List<UUID> planIds) {
        return CostingCsv.write(latestOf(planIds), lineCosts);
    }

    /**
     * Every plan's latest version as a bundle, asking {@code cancelled} between plans.
     *
     * @throws java.util.concurrent.CancellationException when cancelled: nothing is returned
     */
    public String exportAll(java.util.function.BooleanSupplier cancelled) {
        return planFile.writeBundle(latestOf(plans.planIds(), cancelled));
    }

    /** Every plan's support lines as the finance CSV, asking {@code cancelled} between plans. */
    public String costingCsvOfAll(java.util.function.BooleanSupplier cancelled) {
        return CostingCsv.write(latestOf(plans.planIds(), cancelled), lineCosts);
    }

    /** How many plans' latest versions a streamed export reads at a time. */
    static final int EXPORT_BATCH = 100;

    /**
     * Every plan's latest version as a bundle, written to {@code out} as the plans are read (the same bytes as
     * {@link #exportAll()} in UTF-8): {@value #EXPORT_BATCH} plans are held at a time, however large the store
     * (ADR 0028). Asks {@code cancelled} between plans. {@code out} is flushed, not closed.
     *
     * @return how many plans were written
     * @throws java.util.concurrent.CancellationException when cancelled: what was written is incomplete
     */
    public int exportAll(java.io.OutputStream out, java.util.function.BooleanSupplier cancelled) throws IOException {
        EveryLatest all = new EveryLatest(cancelled);
        planFile.writeBundle(all, out);
        return all.count;
    }

    /**
     * As {@link #exportAll(java.io.OutputStream, java.util.function.BooleanSupplier)}, as an encrypted transfer file
     * under this passphrase (the same format as {@link #exportAllEncrypted(TransferPassphrase,
     * java.util.function.BooleanSupplier)}): the JSON is encrypted as it is written, never held whole nor written
     * anywhere in the clear. A cancelled export leaves a file without its tag (it never opens): delete it.
     */
    public int exportAllEncrypted(java.io.OutputStream out, TransferPassphrase passphrase,
                                  java.util.function.BooleanSupplier cancelled) throws IOException {
        passphrase.problemForANewFile().ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        EveryLatest all = new EveryLatest(cancelled);
        java.io.OutputStream sealing = transferFile.sealing(out, passphrase);
        planFile.writeBundle(all, sealing);
        sealing.close();
        return all.count;
    }

    /** Every plan's support lines as the finance CSV, written to {@code out} as the plans are read (UTF-8). */
    public int costingCsvOfAll(java.io.OutputStream out, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        EveryLatest all = new EveryLatest(cancelled);
        java.io.Writer text = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        CostingCsv.write(all, lineCosts, text);
        return all.count;
    }

    /** Every plan's latest version in plan id order, read {@value #EXPORT_BATCH} at a time as they are asked for. */
    private final class EveryLatest implements Iterable<Plan> {
        private final java.util.function.BooleanSupplier cancelled;
        int count;

        EveryLatest(java.util.function.BooleanSupplier cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public java.util.Iterator<Plan> iterator() {
            return new java.util.Iterator<>() {
                private List<Plan> batch = List.of();
                private int next;
                private boolean last;

                @Override
                public boolean hasNext() {
                    if (next < batch.size()) {
                        return true;
                    }
                    if (last) {
                        return false;
                    }
                    UUID after = batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
                    batch = List.of(); // the plans written are let go before the next batch is read
                    batch = plans.latestAfter(after, EXPORT_BATCH);
                    next = 0;
                    last = batch.size() < EXPORT_BATCH;
                    return !batch.isEmpty();
                }

                @Override
                public Plan next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    if (cancelled.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("Export cancelled");
                    }
                    count++;
                    return batch.get(next++);
                }
            };
        }
    }

    private List<Plan> latestOf(List<UUID> planIds) {
        return latestOf(planIds, () -> false);
    }

    private List<Plan> latestOf(List<UUID> planIds, java.util.function.BooleanSupplier cancelled) {
        List<Plan> out = new ArrayList<>();
        for (UUID id : planIds) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("Export cancelled");
            }
            out.add(plans.latest(id).orElseThrow(() -> new UnknownPlanException(id)));
        }
        return out;
    }

    /** A plan file or bundle; an encrypted transfer file is refused as needing its passphrase. */
    public ImportReport importFile(Path file) {
        return importFile(file, null, () -> false);
    }

    /**
     * As {@link #importFile(Path)}, asking {@code cancelled} after the file is read and between plans: a cancelled
     * import stores nothing (its one transaction is rolled back) and throws
     * {@link java.util.concurrent.CancellationException}.
     */
    public ImportReport importFile(Path file, java.util.function.BooleanSupplier cancelled) {
        return importFile(file, null, cancelled);
    }

    /**
     * As {@link #importFile(Path, java.util.function.BooleanSupplier)}, for a plan file, a bundle or an encrypted
     * transfer file, told apart by the file's first bytes (never by its name). An encrypted file is opened in memory
     * with {@code passphrase}; a missing or wrong passphrase, or a file changed since it was made, is a problem
     * ({@link TransferFile#PASSPHRASE_NEEDED}, {@link TransferFile#PASSPHRASE_WRONG}, {@link TransferFile#CHANGED})
     * and changes nothing. A plain file ignores the passphrase.
     */
    public ImportReport importFile(Path file, TransferPassphrase passphrase, java.util.function.BooleanSupplier cancelled) {
        if (TransferFile.isEncrypted(file)) {
            TransferFile.Opened opened = transferFile.open(file, passphrase);
            if (!opened.isOpened()) {
                return ImportReport.failed(List.of(opened.problem()));
            }
            byte[] json = opened.content();
            try {
                ReadResult read = planFile.read(new java.io.ByteArrayInputStream(json));
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("Import cancelled: nothing was stored");
                }
                return imported(read, () -> new ObjectMapper().readTree(json), cancelled);
            } finally {
                java.util.Arrays.fill(json, (byte) 0);
            }
        }
        ReadResult read = planFile.read(file);
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("Import cancelled: nothing was stored");
        }
        return imported(read, () -> readTree(file), cancelled);
    }

    public ImportReport importText(String json) {
        return imported(planFile.read(json), () -> new ObjectMapper().readTree(json));
    }

    private interface Tree {
        JsonNode read() throws IOException;
    }

    private ImportReport imported(ReadResult read, Tree tree) {
        return imported(read, tree, () -> false);
    }

    private ImportReport imported(ReadResult read, Tree tree, java.util.function.BooleanSupplier cancelled) {
        if (!read.isOk()) {
            return ImportReport.failed(read.problems());
        }
        List<Problem> problems = new ArrayList<>();
        String where = isBundle(tree) ? "$.plans[%d]." : "$.plan.";
        for (int i = 0; i < read.plans().size(); i++) {
            Plan plan = read.plans().get(i);
            if (SignedContent.claimsSigned(plan)) {
                SignedContent.Seal seal = signedContent.check(plan);
                if (!seal.isUnchanged()) {
                    problems.add(Problem.blocking(String.format(where, i) + "signedHash", "plan.signature-broken",
                            "Plan " + plan.id() + " version " + plan.version() + " is " + seal.explanation()
                                    + " It was not imported: ask for the file exactly as it was signed."));
                }
            }
            if (plan.status() == PlanStatus.DRAFT) {
                continue; // a draft is unfinished by nature: its gaps are for the broker, not a reason to refuse it
            }
            // An agreed, signed or approved plan must satisfy the rules it was agreed under.
            for (Problem p : rules.check(plan)) {
                if (p.isBlocking()) {
                    problems.add(new Problem(p.severity(), String.format(where, i) + p.field(), p.code(),
                            "Plan " + plan.id() + " version " + plan.version() + " is marked "
                                    + plan.status().name().toLowerCase(java.util.Locale.ROOT)
                                    + ", but it breaks a rule an agreed plan must meet: " + p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return ImportReport.failed(problems);
        }
        return new ImportReport(List.of(), plans.importVersions(read.plans(), cancelled));
    }

    private static boolean isBundle(Tree tree) {
        try {
            JsonNode root = tree.read();
            return root != null && root.has("plans");
        } catch (IOException e) {
            return false; // the reader already accepted the file: this cannot happen short of it changing on disk
        }
    }

    private static JsonNode readTree(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }
}
