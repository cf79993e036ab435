package org.careplanner.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every store command shares: the root command (for {@code --data-dir} and opening the store) and the
 * command line's output streams, so tests can capture what a person would see.
 */
abstract class StoreCommand implements Callable<Integer> {

    @ParentCommand
    CarePlannerCommand root;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
