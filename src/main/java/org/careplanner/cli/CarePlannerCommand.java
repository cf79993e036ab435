package org.careplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.StoreException;
import org.careplanner.store.StoreSettings;
import org.careplanner.store.WrongPassphraseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code careplanner}: with no command, opens the app; each subcommand does one job without a window.
 * Exit codes: 0 done, 1 the work found a problem (e.g. a plan that cannot be agreed), 2 bad input
 * (a file that cannot be read, a wrong option).
 */
@Command(name = "careplanner",
        mixinStandardHelpOptions = true,
        versionProvider = CarePlannerCommand.Version.class,
        description = "Plan a personal health budget with the person. With no command, opens the app.",
        subcommands = {PriceCommand.class, ListCommand.class, CatalogueCommand.class, ExportCommand.class, ImportCommand.class, BackupCommand.class,
                PdfCommand.class, VerifyCommand.class,
                RestoreCommand.class,
                CheckCommand.class})
public final class CarePlannerCommand implements Callable<Integer> {

    /** Exit code: the work found a problem (e.g. an import conflict, the store open elsewhere). */
    public static final int EXIT_PROBLEM = 1;

    /** Exit code: the file or input could not be read or was not valid (also picocli's code for a wrong option). */
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder holding the plans store (default: the user's data folder; "
                    + "or the CAREPLANNER_DATA environment variable).")
    Path dataDir;

    /** The variable a script may hold the store's passphrase in, instead of a file. */
    public static final String PASSPHRASE_VARIABLE = "CAREPLANNER_PASSPHRASE";

    @Option(names = "--passphrase-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "File holding the store's passphrase (its first line; keep it readable only by you). "
                    + "Or set the " + PASSPHRASE_VARIABLE + " environment variable. Never given on the command line, "
                    + "where other users of the computer could see it.")
    Path passphraseFile;

    private final Consumer<Path> windowOpener;
    private final StoreSettings storeSettings;
    private final java.util.function.UnaryOperator<String> environment;
    private boolean openedWindow;

    public CarePlannerCommand(Consumer<Path> windowOpener) {
        this(windowOpener, StoreSettings.defaults());
    }

    /** @param storeSettings what the store commands open the store with (the composition root's choice) */
    public CarePlannerCommand(Consumer<Path> windowOpener, StoreSettings storeSettings) {
        this(windowOpener, storeSettings, System::getenv);
    }

    /** @param environment the process environment (a parameter so tests can give {@value #PASSPHRASE_VARIABLE}) */
    public CarePlannerCommand(Consumer<Path> windowOpener, StoreSettings storeSettings,
                              java.util.function.UnaryOperator<String> environment) {
        this.windowOpener = windowOpener;
        this.storeSettings = storeSettings;
        this.environment = environment;
    }

    /** The command line with CarePlanner's settings: exit codes and plain error messages. */
    public static CommandLine commandLine(CarePlannerCommand root) {
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(CarePlannerCommand::explain);
        cl.setParameterExceptionHandler(new MistypedCommandLine());
        return cl;
    }

    /** A failure as a message a person can act on, never a stack trace. */
    private static int explain(Exception thrown, CommandLine cl, CommandLine.ParseResult parsed) {
        Exception e = thrown instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : thrown;
        if (e instanceof PassphraseNeeded || e instanceof WrongPassphraseException) {
            cl.getErr().println(e.getMessage());
            cl.getErr().flush();
            return EXIT_BAD_INPUT;
        }
        if (e instanceof StoreException) {
            cl.getErr().println(e.getMessage());
        } else if (e instanceof java.nio.file.NoSuchFileException missing) {
            cl.getErr().println("There is no such file or folder: " + missing.getFile()
                    + ". Check the name, and that the folder exists.");
            cl.getErr().flush();
            return EXIT_BAD_INPUT;
        } else if (e instanceof java.nio.file.AccessDeniedException denied) {
            cl.getErr().println("CarePlanner may not read or write " + denied.getFile()
                    + ": choose a folder you can write to.");
            cl.getErr().flush();
            return EXIT_BAD_INPUT;
        } else if (e instanceof java.nio.charset.CharacterCodingException) {
            cl.getErr().println("The file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\".");
            cl.getErr().flush();
            return EXIT_BAD_INPUT;
        } else if (e instanceof java.io.IOException io) {
            cl.getErr().println("A file could not be read or written (" + io.getClass().getSimpleName()
                    + "). Check the disk has space and the folder can be written to. Nothing in the store was changed.");
            cl.getErr().flush();
            return EXIT_BAD_INPUT;
        } else {
            cl.getErr().println("CarePlanner stopped because of an unexpected error (" + e.getClass().getSimpleName()
                    + "). Nothing more was changed. Please report this, with what you were doing.");
        }
        cl.getErr().flush();
        return EXIT_PROBLEM;
    }

    /** The data folder this run uses: --data-dir, else CAREPLANNER_DATA, else the system's usual place. */
    DataFolder dataFolder() {
        return DataFolder.forThisProcess(dataDir);
    }

    /** Opens the store in the data folder with the passphrase from the file or variable; the caller closes it. */
    LocalStore openStore() {
        return LocalStore.open(dataFolder(), storeSettings());
    }

    /**
     * The settings with the store's passphrase: from {@code --passphrase-file}, else {@value #PASSPHRASE_VARIABLE},
     * else one the composition root already holds (only tests give one).
     *
     * @throws PassphraseNeeded when there is none, or the file cannot be read
     */
    StoreSettings storeSettings() {
        if (passphraseFile != null) {
            return storeSettings.withPassphrase(readPassphraseFile(passphraseFile));
        }
        String fromVariable = environment.apply(PASSPHRASE_VARIABLE);
        if (fromVariable != null && !fromVariable.isEmpty()) {
            return storeSettings.withPassphrase(fromVariable.toCharArray());
        }
        if (storeSettings.passphrase().isGiven()) {
            return storeSettings;
        }
        throw new PassphraseNeeded("This command needs the store's passphrase. Put it in a file that only you can "
                + "read and add --passphrase-file FILE, or set the " + PASSPHRASE_VARIABLE + " environment variable. "
                + "It is never taken as an argument, where other users could see it.");
    }

    private static char[] readPassphraseFile(Path file) {
        return readPassphraseFile(file, "store's passphrase");
    }

    /** The value of an environment variable of this process (a parameter of the constructor, for tests). */
    String variable(String name) {
        return environment.apply(name);
    }

    /** The first line of a passphrase file; {@code what} names it in the messages ("store's passphrase"). */
    static char[] readPassphraseFile(Path file, String what) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            java.nio.CharBuffer chars = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            java.util.Arrays.fill(bytes, (byte) 0);
            int end = 0;
            while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
                end++;
            }
            char[] line = new char[end];
            chars.get(line);
            java.util.Arrays.fill(chars.array(), '\0');
            if (line.length == 0) {
                throw new PassphraseNeeded("The " + what + " file is empty: its first line must be the " + what + ".");
            }
            return line;
        } catch (java.io.IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "there is no such file"
                    : e instanceof java.nio.charset.CharacterCodingException ? "it is not UTF-8 text" : "it may not be read";
            // Not named: a passphrase typed where its file's name belongs must not be printed back.
            throw new PassphraseNeeded("The " + what + " file cannot be read: " + why
                    + ". Check its name and that you may read it (the name is not shown here, in case the "
                    + "passphrase itself was typed in its place).");
        }
    }

    /** No passphrase was given, or its file cannot be read: exit code 2, with what to do. */
    static final class PassphraseNeeded extends RuntimeException {
        PassphraseNeeded(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        openedWindow = true;
        windowOpener.accept(dataDir);
        return 0;
    }

    public boolean openedWindow() {
        return openedWindow;
    }

    public Path dataDir() {
        return dataDir;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CarePlannerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"CarePlanner " + (v == null ? "(development build)" : v)};
        }
    }
}
