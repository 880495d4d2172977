package org.scalingexplorer.ui.shell;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/** The status bar's text: which law the sliders edit and whether its constants are still the published ones. */
final class ShellStatus {
    private final ScenarioModel scenario;
    private final ResourceBundle bundle;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    ShellStatus(ScenarioModel scenario, ResourceBundle bundle, Lifetime lifetime) {
        this.scenario = scenario;
        this.bundle = bundle;
        lifetime.follow(scenario.revisionProperty(), revision -> update());
    }

    /** One line for the status bar. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void update() {
        LawPreset preset = scenario.activePreset();
        String lawName = bundle.getString("law." + preset.id());
        List<LawConstant> published = preset.law().constants();
        List<LawConstant> current = scenario.law(preset).constants();
        String changed = java.util.stream.IntStream.range(0, current.size())
                .filter(i -> current.get(i).value() != published.get(i).value())
                .mapToObj(i -> bundle.getString("constant." + current.get(i).key()))
                .collect(Collectors.joining(", "));
        message.set(changed.isEmpty()
                ? MessageFormat.format(bundle.getString("status.published"), lawName)
                : MessageFormat.format(bundle.getString("status.modified"), lawName, changed));
    }
}
