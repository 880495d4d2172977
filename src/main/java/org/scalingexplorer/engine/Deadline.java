package org.scalingexplorer.engine;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A time guard for long work: as the {@code cancelled} argument of a fit, a bootstrap or a study, it
 * turns true once {@code limit} has passed, and the work stops with a CancellationException. The
 * command line gives every long computation one (its --time-limit), so nothing runs on unseen.
 */
public final class Deadline implements BooleanSupplier {

    private final Duration limit;
    private final long endNanos;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    /** A deadline {@code limit} from now. */
    public static Deadline after(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive, got " + limit);
        }
        return new Deadline(limit);
    }

    public Duration limit() {
        return limit;
    }

    public boolean expired() {
        return System.nanoTime() - endNanos > 0;
    }

    @Override
    public boolean getAsBoolean() {
        return expired();
    }
}
