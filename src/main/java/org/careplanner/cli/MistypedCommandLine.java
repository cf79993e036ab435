package org.careplanner.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What CarePlanner says when the command line itself was mistyped, for every command: the parameter by its name and
 * what it must be, <em>never</em> a word the person typed. picocli's own messages quote the value ("cannot convert
 * 'SECRET' to UUID"), and a passphrase typed after a wrong option name ({@code export --passphrase SECRET}) becomes a
 * plan id or a file name, so quoting any value could print a secret back to the terminal (and its scroll-back,
 * a screen share, a terminal log). Exit code 2 ({@link CarePlannerCommand#EXIT_BAD_INPUT}) every time.
 */
final class MistypedCommandLine implements CommandLine.IParameterExceptionHandler {

    /** The made-up plan id shown as an example of the form. */
    static final String EXAMPLE_PLAN_ID = "3f2c5a1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f";

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            unknown(unmatched, err);
        } else if (ex.getArgSpec() != null) {
            err.println(name(ex.getArgSpec()) + " must be " + whatItMustBe(ex.getArgSpec())
                    + ". (What was typed is not shown here.)");
        } else if (ex instanceof CommandLine.MissingParameterException
                || ex instanceof CommandLine.OverwrittenOptionException
                || ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            // picocli builds these from the parameters' names and labels alone, never from a typed value.
            err.println(ex.getMessage());
        } else {
            err.println("CarePlanner did not understand the command line (what was typed is not shown here).");
        }
        err.println("See '" + cl.getCommandSpec().qualifiedName() + " --help' for what it takes.");
        err.flush();
        return CarePlannerCommand.EXIT_BAD_INPUT;
    }

    /**
     * What was not understood, by its option names only: picocli's own message repeats every word it did not
     * match, so a passphrase typed after a wrong option name ({@code --passphrase SECRET}) would be printed back.
     */
    private static void unknown(CommandLine.UnmatchedArgumentException ex, PrintWriter err) {
        List<String> options = ex.getUnmatched().stream().filter(a -> a.startsWith("-"))
                .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a).distinct().toList();
        err.println(options.isEmpty()
                ? "Unknown argument: CarePlanner did not understand what was typed after the command (not shown here)."
                : "Unknown option: " + String.join(", ", options) + " (anything typed after it is not shown here).");
        if (!ex.getSuggestions().isEmpty()) {
            err.println("Did you mean: " + String.join(", ", ex.getSuggestions()) + "?");
        }
    }

    /** An option by its longest name ("--status"), a positional parameter by its label ("PLAN-ID"). */
    static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** What a value of this parameter must be, from its type alone. */
    static String whatItMustBe(ArgSpec arg) {
        Class<?> type = arg.type();
        if ((arg.isMultiValue() || type.isArray()) && arg.auxiliaryTypes().length > 0) {
            type = arg.auxiliaryTypes()[0];
        }
        if (type == UUID.class) {
            return "a plan id like " + EXAMPLE_PLAN_ID + " (see 'careplanner list')";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD, such as 2026-05-01";
        }
        if (type.isEnum()) {
            return "one of: " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        return "as its help describes";
    }
}
