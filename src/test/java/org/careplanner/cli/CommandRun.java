package org.careplanner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.careplanner.store.StoreSettings;
import picocli.CommandLine;

/** One run of the command line as a person would type it, with what it printed and its exit code. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(StoreSettings settings, String... args) {
        return of(settings, java.util.Map.of(), args);
    }

    /** With these environment variables (and no others) as the process's environment. */
    static CommandRun of(StoreSettings settings, java.util.Map<String, String> environment, String... args) {
        CarePlannerCommand root = new CarePlannerCommand(folder -> {
            throw new AssertionError("a command must not open the window");
        }, settings, environment::get);
        CommandLine cl = CarePlannerCommand.commandLine(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
