package org.scalingexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.scalingexplorer.engine.AppVersion;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.DecimalNumber;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code scaling-explorer COMMAND [options]}. */
@Command(name = "scaling-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = ExplorerCommand.Version.class,
        description = "Scaling laws of language models: allocate a compute budget, isoFLOP profiles, fit runs, read learning curves, repeat data, "
                + "the training recipe (batch, learning rate, muP, shapes), render charts and reports.",
        subcommands = {AllocateCommand.class, IsoFlopCommand.class, FitCommand.class, RepeatCommand.class,
                RenderCommand.class, ReportCommand.class, SimulateCommand.class, ShapesCommand.class,
                NextRunsCommand.class, BatchCommand.class, HyperCommand.class, MupCommand.class,
                CurvesCommand.class})
public final class ExplorerCommand implements Runnable {

    /** The same version the About box shows: the Maven project's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Scaling Law Explorer " + AppVersion.current()};
        }
    }

    /** Exit code of a bad argument: one line on stderr says what is wrong. */
    public static final int BAD_ARGUMENT = 2;
    /** Exit code of a failure that is not the arguments' fault (a full disk, a time limit, memory). */
    public static final int FAILED = 1;

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

    /**
     * Runs a command. Whatever goes wrong ends in one line on {@code err} that starts with "error: "
     * and never in a stack trace: a bad argument exits {@value #BAD_ARGUMENT}, anything else
     * {@value #FAILED}.
     */
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
        // Numbers as people write them: no hexadecimal floats, type suffixes, NaN or subnormals.
        CommandLine.ITypeConverter<Double> decimal = text -> {
            try {
                return DecimalNumber.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        };
        cli.registerConverter(Double.class, decimal);
        cli.registerConverter(Double.TYPE, decimal);
        cli.setParameterExceptionHandler((ex, ignoredArgs) -> {
            ex.getCommandLine().getErr().println("error: " + oneLine(ex.getMessage()));
            return BAD_ARGUMENT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + describe(ex));
            return ex instanceof IllegalArgumentException ? BAD_ARGUMENT : FAILED;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory (" + Limits.count(Runtime.getRuntime().maxMemory() >> 20)
                    + " MB heap); ask for less work, or give Java more with -Xmx");
            return FAILED;
        } catch (StackOverflowError e) {
            err.println("error: the input is nested too deeply to read");
            return FAILED;
        } finally {
            err.flush();
        }
    }

    /** One line for an exception: its message where it was written for a user, else what and where. */
    private static String describe(Exception ex) {
        if (ex instanceof IllegalArgumentException || ex instanceof IOException
                || ex instanceof TimeLimitOption.TimeLimitExceeded) {
            return oneLine(ex.getMessage());
        }
        if (ex instanceof ArithmeticException) {
            return "the computation has no finite answer: " + oneLine(ex.getMessage());
        }
        StackTraceElement at = ex.getStackTrace().length == 0 ? null : ex.getStackTrace()[0];
        return "internal error (" + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": "
                + oneLine(ex.getMessage())) + (at == null ? "" : " at " + at.getClassName().replaceAll(".*\\.", "")
                + "." + at.getMethodName()) + "); please report it";
    }

    private static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return Limits.excerpt(newline < 0 ? text : text.substring(0, newline).strip(), 500);
    }
}
