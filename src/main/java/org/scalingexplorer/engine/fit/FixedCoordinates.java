package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants a user fixed ({@code --fix NAME=VALUE}, repeatable) as coordinates of one form.
 * Muennighoff et al. 2023 fitted only R_D* and R_N* with the other five constants fixed; any
 * constant can be fixed the same way.
 */
public final class FixedCoordinates {

    private final int size;
    private final boolean[] fixed;
    private final double[] values;
    private final Map<String, Double> constants;

    private FixedCoordinates(int size, boolean[] fixed, double[] values, Map<String, Double> constants) {
        this.size = size;
        this.fixed = fixed;
        this.values = values;
        this.constants = constants;
    }

    /** Nothing fixed. */
    public static FixedCoordinates none(LawForm form) {
        int size = form.coordinates().size();
        return new FixedCoordinates(size, new boolean[size], new double[size], Map.of());
    }

    /** Fixes {@code constants} (name to value) of {@code form}; unknown names, bad values or all fixed are refused. */
    public static FixedCoordinates of(LawForm form, Map<String, Double> constants) {
        int size = form.coordinates().size();
        boolean[] fixed = new boolean[size];
        double[] values = new double[size];
        Map<String, Double> given = new LinkedHashMap<>();
        for (Map.Entry<String, Double> entry : constants.entrySet()) {
            FixedCoordinate coordinate = form.fixedCoordinate(entry.getKey(), entry.getValue());
            if (fixed[coordinate.index()]) {
                throw new IllegalArgumentException("--fix " + coordinate.constant() + " is given twice");
            }
            fixed[coordinate.index()] = true;
            values[coordinate.index()] = coordinate.value();
            given.put(coordinate.constant(), entry.getValue());
        }
        return new FixedCoordinates(size, fixed, values, java.util.Collections.unmodifiableMap(given));
    }

    /**
     * Parses {@code NAME=VALUE} specifications into a name-to-value map (form-independent), refusing
     * a specification without '=' or with a value that is not a finite number.
     */
    public static Map<String, Double> parse(List<String> specs) {
        Map<String, Double> parsed = new LinkedHashMap<>();
        for (String spec : specs == null ? List.<String>of() : specs) {
            int equals = spec.indexOf('=');
            if (equals <= 0 || equals == spec.length() - 1) {
                throw new IllegalArgumentException("--fix must be NAME=VALUE, got '" + spec + "'");
            }
            String name = spec.substring(0, equals).strip();
            String raw = spec.substring(equals + 1).strip();
            double value;
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--fix " + name + ": '" + raw + "' is not a number");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("--fix " + name + " must be a finite number, got " + raw);
            }
            if (parsed.put(name, value) != null) {
                throw new IllegalArgumentException("--fix " + name + " is given twice");
            }
        }
        return parsed;
    }

    public boolean isFixed(int index) {
        return fixed[index];
    }

    public double value(int index) {
        return values[index];
    }

    /** The user's fixed constants by name, as given. */
    public Map<String, Double> constants() {
        return constants;
    }

    public int freeCount() {
        int count = 0;
        for (boolean f : fixed) {
            if (!f) {
                count++;
            }
        }
        return count;
    }

    public boolean any() {
        return freeCount() < size;
    }

    /** The free coordinates of a full point. */
    double[] free(double[] full) {
        double[] free = new double[freeCount()];
        int j = 0;
        for (int i = 0; i < size; i++) {
            if (!fixed[i]) {
                free[j++] = full[i];
            }
        }
        return free;
    }

    /** A full point from free coordinates, fixed ones set to their values. */
    double[] full(double[] free, double[] into) {
        int j = 0;
        for (int i = 0; i < size; i++) {
            into[i] = fixed[i] ? values[i] : free[j++];
        }
        return into;
    }

    /** {@code point} with its fixed coordinates set to their values. */
    double[] apply(double[] point) {
        double[] copy = point.clone();
        for (int i = 0; i < size; i++) {
            if (fixed[i]) {
                copy[i] = values[i];
            }
        }
        return copy;
    }

    /** The objective over the free coordinates only, with its Hessian restricted likewise. */
    TwiceDifferentiableFunction restrictWithHessian(FormObjective full) {
        return new TwiceDifferentiableFunction() {
            @Override
            public double valueAndGradient(double[] free, double[] gradient) {
                return restrict(full).valueAndGradient(free, gradient);
            }

            @Override
            public double valueGradientHessian(double[] free, double[] gradient, double[][] hessian) {
                double[] fullGradient = new double[size];
                double[][] fullHessian = new double[size][size];
                double value = full.valueGradientHessian(full(free, new double[size]), fullGradient, fullHessian);
                int r = 0;
                for (int i = 0; i < size; i++) {
                    if (fixed[i]) {
                        continue;
                    }
                    gradient[r] = fullGradient[i];
                    int c = 0;
                    for (int j = 0; j < size; j++) {
                        if (!fixed[j]) {
                            hessian[r][c++] = fullHessian[i][j];
                        }
                    }
                    r++;
                }
                return value;
            }
        };
    }

    /** The objective over the free coordinates only. */
    DifferentiableFunction restrict(DifferentiableFunction full) {
        if (!any()) {
            return full;
        }
        return new DifferentiableFunction() {
            private final ThreadLocal<double[][]> scratch =
                    ThreadLocal.withInitial(() -> new double[][] {new double[size], new double[size]});

            @Override
            public double valueAndGradient(double[] free, double[] gradient) {
                double[][] buffers = scratch.get();
                double value = full.valueAndGradient(full(free, buffers[0]), buffers[1]);
                int j = 0;
                for (int i = 0; i < size; i++) {
                    if (!fixed[i]) {
                        gradient[j++] = buffers[1][i];
                    }
                }
                return value;
            }
        };
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        constants.forEach((name, value) -> parts.add(name + "=" + value));
        return parts.isEmpty() ? "none" : String.join(", ", parts) + " " + Arrays.toString(values);
    }
}
