package org.scalingexplorer.cli;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.scalingexplorer.engine.Deadline;
import org.scalingexplorer.engine.Limits;
import picocli.CommandLine.Option;

/**
 * {@code --time-limit}: the time guard of a command's long computation. The work gets a
 * {@link Deadline} as its cancel signal and stops when it passes, with one line saying so.
 */
final class TimeLimitOption {
    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "" + Limits.DEFAULT_TIME_LIMIT_SECONDS,
            description = "stop a computation that runs longer than this, 1 to 86,400 (default: ${DEFAULT-VALUE})")
    int seconds;

    private Deadline deadline;

    /** Checks the option; call before any work. */
    void check() {
        OptionBounds.TIME_LIMIT.check(seconds);
    }

    /** The deadline, started at the first call. */
    Deadline deadline() {
        if (deadline == null) {
            check();
            deadline = Deadline.after(Duration.ofSeconds(seconds));
        }
        return deadline;
    }

    /** Runs {@code work} under the deadline; past it, one line says what stopped and why. */
    <T> T run(String what, Function<Deadline, T> work) {
        Deadline limit = deadline();
        try {
            return work.apply(limit);
        } catch (CancellationException e) {
            if (limit.expired()) {
                throw new TimeLimitExceeded(what + " stopped after " + Limits.count(seconds) + " s (--time-limit "
                        + seconds + "); ask for less work or allow more time");
            }
            throw e;
        }
    }

    /** A computation stopped by its time limit. */
    static final class TimeLimitExceeded extends RuntimeException {
        TimeLimitExceeded(String message) {
            super(message);
        }
    }
}
