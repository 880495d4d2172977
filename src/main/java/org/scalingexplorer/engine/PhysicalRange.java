package org.scalingexplorer.engine;

import java.util.Locale;

/**
 * The values a quantity of a training run can physically take. A number outside is a typo, a unit
 * mix-up or a reader's accident (1e-320 tokens, a loss of 8e108), never a run; readers and options
 * refuse it by name instead of carrying it into a fit.
 *
 * @param name the field or option the value came from, as messages name it
 * @param min  smallest accepted value
 * @param max  largest accepted value
 * @param why  what the bounds stand for, said in a refusal
 */
public record PhysicalRange(String name, double min, double max, String why) {

    /** Parameters: one to 10^16, 5,000 times the largest model trained so far. */
    public static final PhysicalRange PARAMS = new PhysicalRange("params", 1, 1e16, "parameters");
    /** Tokens: one to 10^18, 60,000 times the 15 trillion tokens of the largest published runs. */
    public static final PhysicalRange TOKENS = new PhysicalRange("tokens", 1, 1e18, "tokens");
    /** Unique tokens of a data pool, as tokens. */
    public static final PhysicalRange UNIQUE_TOKENS = TOKENS.named("unique_tokens");
    /** Training compute of a run: 6 N D at the bounds of N and D is 6e34. */
    public static final PhysicalRange FLOPS = new PhysicalRange("flops", 1, 1e35, "FLOPs");
    /**
     * Loss in nats per token: above 0.001, and below 100 (a uniform guess over a million-token
     * vocabulary costs 13.8 nats; a larger number is likely a perplexity).
     */
    public static final PhysicalRange LOSS = new PhysicalRange("loss", 1e-3, 100, "nats per token");

    public PhysicalRange {
        if (!(min > 0) || !(max > min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("a physical range needs 0 < min < max < infinity, got " + min + ", " + max);
        }
    }

    /** The same bounds under another name (an option, a field). */
    public PhysicalRange named(String other) {
        return new PhysicalRange(other, min, max, why);
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** Why {@code value} is refused, without the name; null when it is accepted. */
    public String problem(double value) {
        if (Double.isNaN(value)) {
            return "NaN is not a value";
        }
        if (Double.isInfinite(value)) {
            return "must be finite, got " + value;
        }
        if (contains(value)) {
            return null;
        }
        return "must be between " + format(min) + " and " + format(max) + " " + why + ", got " + format(value);
    }

    /** {@code value} if in range, else an {@link IllegalArgumentException} naming this range. */
    public double require(double value) {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(name + " " + problem);
        }
        return value;
    }

    /** A number as messages show it: 0.34, 4096, 1e5, 2.5e-320. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e4)) {
            String plain = String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "");
            return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
        }
        String scientific = String.format(Locale.ROOT, "%.4e", value);
        int e = scientific.indexOf('e');
        String mantissa = scientific.substring(0, e).replaceAll("0+$", "");
        if (mantissa.endsWith(".")) {
            mantissa = mantissa.substring(0, mantissa.length() - 1);
        }
        return mantissa + "e" + Integer.parseInt(scientific.substring(e + 1));
    }
}
