package org.careplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careplanner.store.StoreSettings;
import org.careplanner.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A mistyped command line never prints back what was typed: a passphrase given after a wrong option name
 * ({@code export --passphrase SECRET}) lands in a plan id or a file name, and picocli's own messages quote the value.
 * Every command is found from the command line's own model, so a command added later is checked too.
 */
class MistypedCommandLineTest {

    /** Stands for a passphrase: if it is ever printed, a secret would be. */
    private static final String MARKER = "ZZSECRET-purple-tractor-42";

    /** Parameters whose values cannot be wrong when typed (any text is a name or a file name). */
    private static final Set<Class<?>> ANY_TEXT = Set.of(String.class, Path.class, boolean.class, Boolean.class);

    /** What the composition root gives the command line: no passphrase, so nothing can open a store by accident. */
    private static final StoreSettings NONE_GIVEN = TestStores.defaults()
            .withPassphrase(TestStores.defaults().passphrase().withChars(null));

    @TempDir
    Path dir;

    private static CommandRun run(List<String> args) {
        return CommandRun.of(NONE_GIVEN, Map.of(), args.toArray(String[]::new));
    }

    /** Every command below {@code careplanner}, as the words that reach it ("catalogue", "import"). */
    private static List<List<String>> everyCommand() {
        List<List<String>> paths = new ArrayList<>();
        collect(CarePlannerCommand.commandLine(new CarePlannerCommand(p -> { })), List.of(), paths);
        return paths;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
        for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().name().equals(sub.getKey())) {   // not its aliases twice
                List<String> words = new ArrayList<>(path);
                words.add(sub.getKey());
                into.add(words);
                collect(sub.getValue(), words, into);
            }
        }
    }

    private static CommandSpec spec(List<String> command) {
        CommandLine cl = CarePlannerCommand.commandLine(new CarePlannerCommand(p -> { }));
        for (String word : command) {
            cl = cl.getSubcommands().get(word);
        }
        return cl.getCommandSpec();
    }

    private static boolean canBeWrong(ArgSpec arg) {
        Class<?> type = arg.isMultiValue() && arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        return !ANY_TEXT.contains(type);
    }

    private static void assertNotEchoed(CommandRun run, String what) {
        assertThat(run.exitCode()).as(what + "\n" + run.err()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(run.out() + run.err()).as(what).doesNotContain(MARKER).doesNotContain("ZZSECRET");
        assertThat(run.err()).as(what).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBadValueInAnyTypedParameterOfAnyCommandIsNamedButNeverPrinted() {
        int checked = 0;
        for (List<String> command : everyCommand()) {
            CommandSpec spec = spec(command);
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                if (canBeWrong(positional)) {
                    List<String> args = new ArrayList<>(command);
                    args.add(MARKER);
                    CommandRun run = run(args);
                    assertNotEchoed(run, String.join(" ", args));
                    assertThat(run.err()).as(String.join(" ", args))
                            .contains(positional.paramLabel() + " must be", "not shown");
                    checked++;
                }
            }
            for (OptionSpec option : spec.options()) {
                if (option.arity().max() > 0 && canBeWrong(option)) {
                    for (List<String> typed : List.of(List.of(option.longestName(), MARKER),
                            List.of(option.longestName() + "=" + MARKER))) {
                        List<String> args = new ArrayList<>(command);
                        args.addAll(typed);
                        CommandRun run = run(args);
                        assertNotEchoed(run, String.join(" ", args));
                        assertThat(run.err()).as(String.join(" ", args))
                                .contains(option.longestName() + " must be", "not shown");
                        checked++;
                    }
                }
            }
        }
        // export's and pdf's PLAN-ID, list's --status and --review, price's --on (twice each for the options).
        assertThat(checked).isGreaterThanOrEqualTo(2 + 3 * 2);
    }

    @Test
    void theMessageSaysWhatTheValueMustBe() {
        CommandRun planId = run(List.of("export", "--passphrase", MARKER));
        assertNotEchoed(planId, "export --passphrase");
        assertThat(planId.err()).contains("PLAN-ID must be a plan id like " + MistypedCommandLine.EXAMPLE_PLAN_ID,
                "careplanner list", "careplanner export --help");

        CommandRun status = run(List.of("list", "--status", MARKER));
        assertThat(status.err()).contains("--status must be one of: draft, agreed, signed");
        CommandRun date = run(List.of("price", "plan.json", "--on", MARKER));
        assertThat(date.err()).contains("--on must be a date written YYYY-MM-DD");
    }

    @Test
    void aPassphraseAfterAWrongOptionNameIsNeverPrintedByAnyCommand() {
        List<String> names = new ArrayList<>();
        for (List<String> command : everyCommand()) {
            for (List<String> typed : List.of(List.of("--passphrase", MARKER), List.of("--passphrase=" + MARKER),
                    List.of("--transfer-passphrase", MARKER, "--out", "x"), List.of("-p", MARKER, MARKER))) {
                List<String> args = new ArrayList<>(command);
                args.addAll(typed);
                assertNotEchoed(run(args), String.join(" ", args));
            }
            names.add(String.join(" ", command));
        }
        assertThat(names).contains("price", "list", "export", "import", "pdf", "verify", "backup", "restore", "check",
                "catalogue", "catalogue export", "catalogue import");
    }

    @Test
    void aPassphraseTypedWherePassphraseFileNameBelongsIsNotPrinted() {
        Path store = dir.resolve("store");
        CommandRun storeFile = CommandRun.of(NONE_GIVEN, "--data-dir", store.toString(), "list",
                "--passphrase-file", MARKER);
        assertNotEchoed(storeFile, "--passphrase-file");
        assertThat(storeFile.err()).contains("passphrase file cannot be read", "no such file");

        CommandRun transferFile = CommandRun.of(TestStores.defaults(), "--data-dir", store.toString(), "export",
                "--all", "--encrypt", "--transfer-passphrase-file", MARKER, "--out", dir.resolve("x.careplan").toString());
        assertNotEchoed(transferFile, "--transfer-passphrase-file");
        assertThat(transferFile.err()).contains("passphrase file cannot be read");
    }
}
