package org.scalingexplorer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code scaling-explorer COMMAND [options]}. */
@Command(name = "scaling-explorer",
        mixinStandardHelpOptions = true,
        version = "Scaling Law Explorer 0.1",
        description = "Scaling laws of language models: allocate a compute budget, isoFLOP profiles, fit runs, read learning curves, repeat data, "
                + "the training recipe (batch, learning rate, muP, shapes), render charts and reports.",
        subcommands = {AllocateCommand.class, IsoFlopCommand.class, FitCommand.class, RepeatCommand.class,
                RenderCommand.class, ReportCommand.class, SimulateCommand.class, ShapesCommand.class,
                NextRunsCommand.class, BatchCommand.class, HyperCommand.class, MupCommand.class,
                CurvesCommand.class})
public final class ExplorerCommand implements Runnable {

    /** Exit code of a bad argument: one line on stderr says what is wrong. */
    public static final int BAD_ARGUMENT = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with more subcommands than this package holds (the launcher's {@code gui}). */
    public static int run(Object[] moreSubcommands, String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), moreSubcommands, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, new Object[0], args);
    }

    public static int run(PrintWriter out, PrintWriter err, Object[] moreSubcommands, String... args) {
        CommandLine cli = new CommandLine(new ExplorerCommand());
        for (Object command : moreSubcommands) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignoredArgs) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            return BAD_ARGUMENT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return BAD_ARGUMENT;
            }
            commandLine.getErr().println("error: " + ex);
            return 1;
        });
        return cli.execute(args);
    }
}
