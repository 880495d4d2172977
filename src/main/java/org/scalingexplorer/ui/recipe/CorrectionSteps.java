package org.scalingexplorer.ui.recipe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingexplorer.engine.recipe.ConfigurationRunsReader;
import org.scalingexplorer.engine.recipe.CorrectionStepExponent;
import org.scalingexplorer.engine.recipe.CorrectionStepFitter;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The real-runs half of the reconciliation: a CSV of isoFLOP points with a configuration column (as
 * Porian et al. 2024 publish theirs; the app ships none), read and fitted per configuration by
 * Approach 2 with bootstrap intervals as restartable {@link BackgroundWork}. When the file names data
 * sets, one is shown at a time.
 */
public final class CorrectionSteps {

    /** Bootstrap seed: the intervals come out the same every time a file is opened. */
    static final long SEED = 1;

    /** What a file gave: its name and each configuration's exponent, in file order. */
    public record Loaded(String fileName, List<CorrectionStepExponent> steps) {
        public Loaded {
            steps = List.copyOf(steps);
        }

        /** The data sets the file names, in order; one empty name when it names none. */
        public List<String> datasets() {
            return List.copyOf(new LinkedHashSet<>(steps.stream().map(CorrectionStepExponent::dataset).toList()));
        }
    }

    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ObjectProperty<String> dataset = new SimpleObjectProperty<>(this, "dataset", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BackgroundWork<Loaded> work;
    private Path next;

    CorrectionSteps(WorkMode mode) {
        work = new BackgroundWork<Loaded>(mode, () -> {
            Path file = next;
            return progress -> new Loaded(file.getFileName().toString(), CorrectionStepFitter.fit(
                    ConfigurationRunsReader.read(file), CorrectionStepFitter.DEFAULT_RESAMPLES, SEED,
                    progress::update, progress::cancelled));
        })
                .onSucceeded(this::show)
                .onFailed(error -> problem.set(error instanceof CancellationException ? ""
                        : String.valueOf(error.getMessage())));
    }

    /** Reads and fits {@code file}; a file being read is superseded. A refused file leaves the last one shown. */
    public void open(Path file) {
        next = file;
        problem.set("");
        work.restart();
    }

    public void cancel() {
        work.cancel();
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Loaded loaded() {
        return loaded.get();
    }

    /** The data set shown when the file names several. */
    public ObjectProperty<String> datasetProperty() {
        return dataset;
    }

    /** Why the last file was refused: its name, and the line and field or the missing column. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** The steps of the data set shown, in file order; empty before a file is opened. */
    public List<CorrectionStepExponent> shownSteps() {
        Loaded now = loaded.get();
        if (now == null) {
            return List.of();
        }
        List<CorrectionStepExponent> shown = new ArrayList<>();
        for (CorrectionStepExponent step : now.steps()) {
            if (step.dataset().equals(dataset.get())) {
                shown.add(step);
            }
        }
        return shown;
    }

    /** Shows what a file gave (or a session saved), on the first data set unless the chosen one is in it. */
    void show(Loaded value) {
        problem.set("");
        if (!value.datasets().contains(dataset.get())) {
            dataset.set(value.datasets().get(0));
        }
        loaded.set(value);
    }
}
