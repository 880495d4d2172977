package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalingexplorer.engine.io.TrainingRun;

/** How warnings and tables name a run: its name column, else its size and tokens. */
public final class RunNames {

    /** Warnings name at most this many runs, then say how many more. */
    public static final int MAX_NAMED = 12;

    private RunNames() {
    }

    public static String of(TrainingRun run) {
        if (!run.name().isEmpty()) {
            return run.name();
        }
        return String.format(Locale.ROOT, "N %.4g D %.4g", run.params(), run.tokens());
    }

    /** "1 run", "3 runs": a count with its noun, singular or plural. */
    public static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Names of {@code runs}, at most {@link #MAX_NAMED}, the last entry saying how many more there are. */
    public static List<String> of(List<TrainingRun> runs) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < runs.size() && i < MAX_NAMED; i++) {
            names.add(of(runs.get(i)));
        }
        if (runs.size() > MAX_NAMED) {
            names.add(more(runs.size() - MAX_NAMED));
        }
        return names;
    }

    /** The last entry of a list cut at {@link #MAX_NAMED}: "and 12 more". */
    public static String more(int count) {
        return "and " + count + " more";
    }

    /** How many more runs an entry made by {@link #more} stands for, so a view can say it in its language. */
    public static java.util.OptionalInt moreCount(String entry) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("and (\\d+) more").matcher(entry);
        return matcher.matches() ? java.util.OptionalInt.of(Integer.parseInt(matcher.group(1))) : java.util.OptionalInt.empty();
    }
}
