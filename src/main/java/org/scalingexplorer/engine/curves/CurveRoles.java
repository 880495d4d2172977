package org.scalingexplorer.engine.curves;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles a column of a learning-curve file can play, as {@code --column ROLE=NAME} names them.
 * A file needs {@code loss} and one of {@code step}, {@code tokens}, {@code flops}; {@code run}
 * names the curve (several columns may be joined); {@code lr}, {@code total_steps} and
 * {@code params} are optional.
 */
public final class CurveRoles {
    public static final String RUN = "run";
    public static final String STEP = "step";
    public static final String TOKENS = "tokens";
    public static final String FLOPS = "flops";
    public static final String LOSS = "loss";
    public static final String LR = "lr";
    public static final String TOTAL_STEPS = "total_steps";
    public static final String PARAMS = "params";

    /** Every role, in the order the help text lists them. */
    public static final Set<String> ALL = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of(RUN, STEP, TOKENS, FLOPS, LOSS, LR, TOTAL_STEPS, PARAMS)));

    /**
     * Columns tried when a role is neither mapped nor present under its own name: experiment
     * trackers export the step as {@code _step} and the run as {@code name}.
     */
    static final Map<String, List<String>> FALLBACKS = Map.of(STEP, List.of("_step"), RUN, List.of("name"));

    /** Joins the values of several run columns into one run name. */
    public static final String RUN_NAME_SEPARATOR = "/";

    private CurveRoles() {
    }
}
