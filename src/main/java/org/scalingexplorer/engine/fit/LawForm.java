package org.scalingexplorer.engine.fit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * A form of scaling law that the fitter can fit: its coordinates (the numbers the optimiser moves,
 * with the starting values of its grid), the constants it reports, its objective on a set of runs
 * and a fast way to find the starts worth refining ({@link #promisingStarts}). Every form is fitted
 * by the same machinery: {@code sum_i penalty(log L_hat_i - log L_i)} (science.md section 3) with
 * L-BFGS from a grid of starts.
 */
public sealed interface LawForm permits ChinchillaForm, KaplanForm, DataConstrainedForm, PowerLawForm {

    /** The name on the command line and in reports. */
    String id();

    /** The optimiser's coordinates, in the order of a point. */
    List<FormCoordinate> coordinates();

    /** The constants a fit reports, e.g. E, A, B, alpha, beta, in a stable order. */
    List<String> constantNames();

    /** The reported constants at a point of the optimiser's space. */
    Map<String, Double> constants(double[] point);

    /**
     * The coordinate a user fixes by giving a constant's value ({@code --fix A=406.4} fixes a = ln 406.4),
     * or an {@link IllegalArgumentException} naming the constants this form can fix.
     */
    FixedCoordinate fixedCoordinate(String constant, double value);

    /** log of the loss the form predicts for {@code run} at {@code point} (any run, fitted or not). */
    double logPrediction(double[] point, TrainingRun run);

    /** The objective on {@code runs}: a sum of {@code penalty} over log-loss residuals, on full points. */
    FormObjective objective(List<TrainingRun> runs, ResidualLoss penalty);

    /**
     * A few points, best first, from which L-BFGS reaches the optimum that the full grid of starts
     * would reach: found by solving for the coefficients the loss is linear in, over a fine scan of
     * the exponents (variable projection), or by another cheap screen. {@code fixed} holds the
     * coordinates the user fixed (their values are kept in every start).
     */
    List<double[]> promisingStarts(List<TrainingRun> runs, ResidualLoss penalty, FixedCoordinates fixed);

    /**
     * Whether {@link #promisingStarts} reaches the full grid's optimum with these constants fixed
     * (FastFitTest proves it on every shared data set); where not, the fast search runs the full grid.
     */
    default boolean hasFastSearch(FixedCoordinates fixed) {
        return true;
    }

    /** Whether the form needs the number of unique tokens of every run. */
    default boolean needsUniqueTokens() {
        return false;
    }

    /** Short description for reports: the formula and its source. */
    String formula();

    /** The forms by id; {@code power} is against {@code powerVariable}. */
    static LawForm byId(String id, FitVariable powerVariable) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case ChinchillaForm.ID -> ChinchillaForm.FREE;
            case ChinchillaForm.TIED_ID -> ChinchillaForm.TIED;
            case KaplanForm.ID -> KaplanForm.INSTANCE;
            case DataConstrainedForm.ID -> DataConstrainedForm.INSTANCE;
            case PowerLawForm.ID -> new PowerLawForm(powerVariable);
            default -> throw new IllegalArgumentException("--form must be one of " + String.join(", ", IDS)
                    + ", got '" + id + "'");
        };
    }

    /** Every form id, in the order the command line lists them. */
    List<String> IDS = List.of(ChinchillaForm.ID, ChinchillaForm.TIED_ID, KaplanForm.ID, DataConstrainedForm.ID,
            PowerLawForm.ID);

    /** The full grid of starts: every combination of the free coordinates' start values, fixed ones held. */
    default List<double[]> grid(FixedCoordinates fixed) {
        List<FormCoordinate> coordinates = coordinates();
        int size = coordinates.size();
        List<double[]> starts = new java.util.ArrayList<>();
        double[] point = new double[size];
        fill(coordinates, fixed, 0, point, starts);
        return starts;
    }

    private static void fill(List<FormCoordinate> coordinates, FixedCoordinates fixed, int index, double[] point,
                             List<double[]> starts) {
        if (index == coordinates.size()) {
            starts.add(point.clone());
            return;
        }
        if (fixed.isFixed(index)) {
            point[index] = fixed.value(index);
            fill(coordinates, fixed, index + 1, point, starts);
            return;
        }
        for (double start : coordinates.get(index).starts()) {
            point[index] = start;
            fill(coordinates, fixed, index + 1, point, starts);
        }
    }

    /** A constant's name as a user may type it (any case), matched against {@code names}. */
    static String canonicalName(String given, List<String> names, String formId) {
        for (String name : names) {
            if (name.equalsIgnoreCase(given.strip())) {
                return name;
            }
        }
        throw new IllegalArgumentException("--fix: form " + formId + " has no constant '" + given + "' (constants: "
                + String.join(", ", names) + ")");
    }

    /** Constants in order as a map, for {@link #constants}. */
    static Map<String, Double> constantMap(List<String> names, double... values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values[i]);
        }
        return map;
    }

    /** Start values from {@code from} to {@code to} in steps of {@code step}. */
    static double[] steps(double from, double to, double step) {
        int count = (int) Math.round((to - from) / step) + 1;
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + i * step;
        }
        return values;
    }

    static String describe(double[] point) {
        return Arrays.stream(point).mapToObj(v -> String.format(Locale.ROOT, "%.6g", v))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
