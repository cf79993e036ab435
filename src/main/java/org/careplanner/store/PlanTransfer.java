package org.careplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.PlanFile;
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
     * As {@link #importFile(Path)}, asking {@code cancelled} between plans: a cancelled import stores nothing (its one
     * transaction is rolled back) and throws {@link java.util.concurrent.CancellationException}.
     */
    public ImportReport importFile(Path file, java.util.function.BooleanSupplier cancelled) {
        return importFile(file, null, cancelled);
    }

    /**
     * As {@link #importFile(Path, java.util.function.BooleanSupplier)}, for a plan file, a bundle or an encrypted
     * transfer file, told apart by the file's first bytes (never by its name). An encrypted file is decrypted as it is
     * read, never written anywhere in the clear; a missing or wrong passphrase, or a file changed since it was made, is
     * a problem ({@link TransferFile#PASSPHRASE_NEEDED}, {@link TransferFile#PASSPHRASE_WRONG},
     * {@link TransferFile#CHANGED}) and changes nothing. A plain file ignores the passphrase.
     *
     * <p>The file is read twice, one plan at a time, so an import needs the memory of its largest plan whatever the
     * file's size (docs/decisions/0033): first every plan is read and checked and nothing is stored; only when the
     * whole file is good is it read again and written, in one transaction, which is rolled back if the file is found
     * changed in between (its SHA-256, or an encrypted file's tag) or the import is cancelled.
     */
    public ImportReport importFile(Path file, TransferPassphrase passphrase, java.util.function.BooleanSupplier cancelled) {
        if (TransferFile.isEncrypted(file)) {
            TransferFile.Unlocked unlocked = transferFile.unlock(file, passphrase);
            if (!unlocked.isUnlocked()) {
                return ImportReport.failed(List.of(unlocked.problem()));
            }
            try (TransferFile.Contents contents = unlocked.contents()) {
                return imported(new EncryptedSource(contents), cancelled);
            }
        }
        try {
            java.util.Optional<Problem> tooLarge = planFile.sizeProblem(java.nio.file.Files.size(file));
            if (tooLarge.isPresent()) {
                return ImportReport.failed(List.of(tooLarge.get()));
            }
        } catch (IOException e) {
            // Not there or not readable: reading it says which, as for any file.
        }
        return imported(new PlainSource(file), cancelled);
    }

    public ImportReport importText(String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return imported(new PlainSource(null) {
            @Override
            InputStream stream() {
                return new java.io.ByteArrayInputStream(bytes);
            }
        }, () -> false);
    }

    /** Where a file's JSON is read from, as often as the import needs it. */
    private interface Source {
        Reading open() throws IOException;
    }

    /** One reading of a file's JSON, from its start. */
    private interface Reading extends java.io.Closeable {
        InputStream in();

        /** Reads what is left; the problem if the file is not the one the first reading read, or was changed since it was made. */
        java.util.Optional<Problem> finish() throws IOException;
    }

    /** A plain file, or a text: each reading is checked against the first's SHA-256. */
    private static class PlainSource extends FirstDigest implements Source {
        private final Path file;

        PlainSource(Path file) {
            this.file = file;
        }

        InputStream stream() throws IOException {
            return java.nio.file.Files.newInputStream(file);
        }

        @Override
        public Reading open() throws IOException {
            return new DigestedReading(this, new java.security.DigestInputStream(
                    new java.io.BufferedInputStream(stream(), 1 << 16), sha256()), () -> true,
                    () -> Problem.blocking("$", "file.changed", "The file was changed "
                            + "while it was being imported (by another program, or it is still being copied). "
                            + "Nothing was imported: wait until it is complete and import it again."));
        }

        private static java.security.MessageDigest sha256() {
            try {
                return java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }

    /**
     * An encrypted transfer file: each reading decrypts it again and checks its tag at the end, and, as for a plain
     * file, its content's SHA-256 against the first reading's. The tag alone says only that someone with the key made
     * the content; a file replaced between the readings by one sealed under the same key, nonce and header has a good
     * tag of its own, and its plans would be written without ever having been checked.
     */
    private static final class EncryptedSource extends FirstDigest implements Source {
        private final TransferFile.Contents contents;

        EncryptedSource(TransferFile.Contents contents) {
            this.contents = contents;
        }

        @Override
        public Reading open() throws IOException {
            TransferFile.Decrypting decrypting = contents.open();
            return new DigestedReading(this, new java.security.DigestInputStream(decrypting, PlainSource.sha256()),
                    decrypting::readToEndUnchanged, TransferFile::changed);
        }
    }

    /** What a source remembers of its first reading: the SHA-256 of the content it gave. */
    private static class FirstDigest {
        private byte[] first;

        /** Whether {@code digest} is the first reading's (it is, for the first reading itself). */
        boolean isFirstOrSame(byte[] digest) {
            if (first == null) {
                first = digest;
                return true;
            }
            return java.security.MessageDigest.isEqual(first, digest);
        }
    }

    /** A reading whose content's SHA-256 must be the first reading's, after the source's own check at the end. */
    private static final class DigestedReading implements Reading {
        private final FirstDigest source;
        private final java.security.DigestInputStream in;
        private final IoCheck endCheck;
        private final java.util.function.Supplier<Problem> changed;

        @FunctionalInterface
        interface IoCheck {
            boolean passes() throws IOException;
        }

        DigestedReading(FirstDigest source, java.security.DigestInputStream in, IoCheck endCheck,
                        java.util.function.Supplier<Problem> changed) {
            this.source = source;
            this.in = in;
            this.endCheck = endCheck;
            this.changed = changed;
        }

        @Override
        public InputStream in() {
            return in;
        }

        @Override
        public java.util.Optional<Problem> finish() throws IOException {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            if (!endCheck.passes() || !source.isFirstOrSame(in.getMessageDigest().digest())) {
                return java.util.Optional.of(changed.get());
            }
            return java.util.Optional.empty();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** What the first reading learnt: each plan's problems against the rules, and where each version is in the file. */
    private final class Checked implements PlanFile.Each {
        private final java.util.function.BooleanSupplier cancelled;
        final List<Problem> problems = new ArrayList<>();
        long problemsLeftOut;
        /** Each version's plan id by its index in the file, and each plan's indexes, oldest version first. */
        final java.util.Map<Integer, UUID> planAt = new java.util.HashMap<>();
        final java.util.Map<UUID, java.util.TreeMap<Integer, Integer>> versionsOf = new java.util.HashMap<>();

        Checked(java.util.function.BooleanSupplier cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public void plan(int index, String path, Plan plan) {
            stopIf(cancelled);
            planAt.put(index, plan.id());
            versionsOf.computeIfAbsent(plan.id(), id -> new java.util.TreeMap<>()).put(plan.version(), index);
            String where = path + ".";
            if (SignedContent.claimsSigned(plan)) {
                SignedContent.Seal seal = signedContent.check(plan);
                if (!seal.isUnchanged()) {
                    add(Problem.blocking(where + "signedHash", "plan.signature-broken",
                            "Plan " + plan.id() + " version " + plan.version() + " is " + seal.explanation()
                                    + " It was not imported: ask for the file exactly as it was signed."));
                }
            }
            if (plan.status() == PlanStatus.DRAFT) {
                return; // a draft is unfinished by nature: its gaps are for the broker, not a reason to refuse it
            }
            // An agreed, signed or approved plan must satisfy the rules it was agreed under.
            for (Problem p : rules.check(plan)) {
                if (p.isBlocking()) {
                    add(new Problem(p.severity(), where + p.field(), p.code(),
                            "Plan " + plan.id() + " version " + plan.version() + " is marked "
                                    + plan.status().name().toLowerCase(java.util.Locale.ROOT)
                                    + ", but it breaks a rule an agreed plan must meet: " + p.message()));
                }
            }
        }

        private void add(Problem problem) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            } else {
                problemsLeftOut++;
            }
        }

        List<Problem> all() {
            List<Problem> out = new ArrayList<>(problems);
            if (problemsLeftOut > 0) {
                out.add(Problem.blocking("$", "file.more-problems", "... and " + problemsLeftOut
                        + " more problems, not listed here: put those above right and import the file again to see "
                        + "the rest."));
            }
            return out;
        }
    }

    /** The most problems listed for one file, as the file's reader lists. */
    private static final int MAX_PROBLEMS = 1_000;

    private ImportReport imported(Source source, java.util.function.BooleanSupplier cancelled) {
        // First reading: every plan read and checked, nothing stored.
        Checked checked = new Checked(cancelled);
        List<Problem> fileProblems;
        try (Reading reading = source.open()) {
            fileProblems = planFile.readEach(reading.in(), index -> true, checked);
            java.util.Optional<Problem> changed = reading.finish();
            if (changed.isPresent()) {
                // An encrypted file that is not as it was made: what its content seemed to say cannot be trusted.
                return ImportReport.failed(List.of(changed.get()));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return ImportReport.failed(List.of(Problem.blocking("$", "file.missing", "There is no file at "
                    + e.getFile() + ".")));
        } catch (IOException e) {
            return unreadable(e);
        }
        if (!fileProblems.isEmpty()) {
            return ImportReport.failed(fileProblems);
        }
        if (!checked.problems.isEmpty()) {
            return ImportReport.failed(checked.all());
        }
        stopIf(cancelled);
        // Second reading: the same plans written in one transaction, each plan's versions oldest first.
        List<ImportedVersion> versions;
        try {
            versions = plans.importEach(write -> writeInOrder(source, checked, write), cancelled);
        } catch (FileChangedException e) {
            return ImportReport.failed(List.of(Problem.blocking("$", "file.changed", "The file was changed while it "
                    + "was being imported (by another program, or it is still being copied). Nothing was imported: "
                    + "wait until it is complete and import it again.")));
        } catch (java.io.UncheckedIOException e) {
            return unreadable(e.getCause());
        }
        return new ImportReport(List.of(), versions.stream().sorted(java.util.Comparator
                .comparing(ImportedVersion::planId).thenComparingInt(ImportedVersion::version)).toList());
    }

    /**
     * Reads the file again and hands each version to {@code write} when it is its plan's oldest not yet written; a
     * version found before an older one of its plan waits for another reading (a file this program writes has each
     * plan once, so one reading does). Throws if the file is not the one first read: the transaction is rolled back.
     */
    private void writeInOrder(Source source, Checked checked, java.util.function.Consumer<Plan> write) {
        java.util.Map<UUID, java.util.ArrayDeque<Integer>> waiting = new java.util.HashMap<>();
        checked.versionsOf.forEach((id, byVersion) -> waiting.put(id, new java.util.ArrayDeque<>(byVersion.values())));
        int left = checked.planAt.size();
        while (left > 0) {
            int[] written = {0};
            try (Reading reading = source.open()) {
                List<Problem> problems = planFile.readEach(reading.in(),
                        index -> {
                            UUID id = checked.planAt.get(index);
                            return id != null && Integer.valueOf(index).equals(waiting.get(id).peekFirst());
                        },
                        (index, path, plan) -> {
                            if (!plan.id().equals(checked.planAt.get(index))) {
                                throw new FileChangedException();
                            }
                            write.accept(plan);
                            waiting.get(plan.id()).pollFirst();
                            written[0]++;
                        });
                if (!problems.isEmpty() || reading.finish().isPresent()) {
                    throw new FileChangedException(); // for an encrypted file also: its tag no longer matches
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (written[0] == 0) {
                throw new FileChangedException(); // cannot happen for the file first read: each reading writes one
            }
            left -= written[0];
        }
    }

    /** The file read for writing is not the one that was checked: the write is rolled back. */
    private static final class FileChangedException extends RuntimeException {
        FileChangedException() {
            super("The file changed between its checking and its writing", null, false, false);
        }
    }

    private static ImportReport unreadable(IOException e) {
        return ImportReport.failed(List.of(Problem.blocking("$", "file.unreadable",
                "The file could not be read (" + e.getClass().getSimpleName() + "). Check it is there and that "
                        + "CarePlanner may open it.")));
    }

    private static void stopIf(java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("Import cancelled: nothing was stored");
        }
    }
}
