package org.scalingexplorer.engine;

/**
 * The upper bounds of everything a user can make large: files read, lists and counts asked for,
 * work a fit or a study may do. Each bound is declared here once; the readers, the engine and the
 * command-line options refuse past it with a message that names the bound. The README's "Limits"
 * section lists them.
 *
 * <p>How they were chosen: generous against real work (the largest published run set the project
 * knows has about 4,900 rows; Chinchilla trained about 400 models), small enough that a 512 MB heap
 * and a two-core machine answer within minutes.
 */
public final class Limits {

    /** Bytes of a run file (CSV or TSV). */
    public static final long RUN_FILE_BYTES = 256L * 1024 * 1024;
    /** Rows of a run file, header excluded: a million load in a few seconds with progress. */
    public static final int RUN_FILE_ROWS = 1_000_000;
    /** Characters of one record (one row; a quoted field may span lines). Real rows have under 1,000. */
    public static final int RECORD_CHARS = 65_536;
    /** Characters of a number in a file: 17 significant digits and an exponent need 25. */
    public static final int NUMBER_CHARS = 64;
    /** Characters of a field or value a message quotes; longer ones are cut with their length said. */
    public static final int EXCERPT_CHARS = 40;

    /** Runs Approach 3 fits: every one of 4,500 starts evaluates every run (5,000 runs take about 2 minutes). */
    public static final int APPROACH3_RUNS = 5_000;
    /** Runs a power-law or Approach 2 fit takes (100,000 take about 30 s). */
    public static final int FIT_RUNS = 100_000;
    /** Bootstrap resamples (1,000 take about 3 s for 245 runs). */
    public static final int BOOTSTRAP_RESAMPLES = 10_000;
    /** Runs times refits of a bootstrap or a next-run search: 245 runs by 10,000 resamples is 2.45 million. */
    public static final long RUN_REFITS = 5_000_000L;

    /** Budgets of a study or an isoFLOP list. */
    public static final int BUDGETS = 100;
    /** Model sizes per budget in a virtual study. */
    public static final int SIZES_PER_BUDGET = 100;
    /** Runs of one virtual study: Approach 3 fits them all. */
    public static final int STUDY_RUNS = 2_000;
    /** Repetitions of a virtual study. */
    public static final int STUDY_REPETITIONS = 10_000;
    /** Repetitions times runs of a repeated study (200 repetitions of 35 runs is 7,000). */
    public static final long STUDY_RUN_FITS = 1_000_000L;
    /** Shapes or suggestions a command lists. */
    public static final int LISTED_ROWS = 1_000;
    /** Seconds a long command-line computation may take before it stops (its --time-limit default). */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 900;
    /** Largest --time-limit: a day. */
    public static final int MAX_TIME_LIMIT_SECONDS = 86_400;

    /** Widest network of a muP sweep: one run at 2,048 takes about 60 times one at 256. */
    public static final int MUP_WIDTH = 2_048;
    /** Training runs of one muP sweep (the default grid trains 80). */
    public static final int MUP_RUNS = 400;
    /** Adam steps of one muP training run. */
    public static final int MUP_STEPS = 100_000;
    /** Examples per step of a muP training run. */
    public static final int MUP_BATCH = 4_096;

    /** Bytes of a session file: 100,000 runs as the app writes them take about 20 MB. */
    public static final long SESSION_BYTES = 32L * 1024 * 1024;
    /** Imported runs a session keeps. */
    public static final int SESSION_RUNS = 100_000;
    /**
     * JSON tokens of a session (a run of seven fields is 16): bounds the parsed tree, which takes far
     * more memory than the text, whatever the numbers are written like.
     */
    public static final long SESSION_TOKENS = 20L * SESSION_RUNS + 100_000;
    /** Characters of one JSON string (a run's name, a file path). */
    public static final int JSON_STRING_CHARS = 65_536;
    /** Nesting depth of a JSON document: a session is 4 deep, a lesson 6. */
    public static final int JSON_DEPTH = 32;

    /** Bytes of one lesson file. */
    public static final long LESSON_BYTES = 1024L * 1024;
    /** Steps of one lesson. */
    public static final int LESSON_STEPS = 200;
    /** Dimensions a nearest-neighbour step simulates, each between 1 and 16. */
    public static final int LESSON_DIMENSIONS = 8;
    /** Characters of a lesson text in one language. */
    public static final int LESSON_TEXT_CHARS = 10_000;
    /** Lesson files in a folder a teacher opens. */
    public static final int LESSON_FILES = 200;

    private Limits() {
    }

    /** {@code value} cut to {@link #EXCERPT_CHARS} characters, saying how long it was: for quoting in a message. */
    public static String excerpt(String value) {
        return excerpt(value, EXCERPT_CHARS);
    }

    /** {@code value} cut to {@code maxChars} characters, saying how long it was. */
    public static String excerpt(String value, int maxChars) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= maxChars) {
            return value;
        }
        return value.substring(0, maxChars) + "... (" + count(value.length()) + " characters)";
    }

    /** A count as a message shows it: 100,000. */
    public static String count(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}
