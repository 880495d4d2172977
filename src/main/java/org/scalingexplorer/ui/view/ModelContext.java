package org.scalingexplorer.ui.view;

import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.scenario.ViewSettings;

/**
 * What a view-model is created with: the scenario every view shares, the registry of named settings
 * lessons set, and where its long computations run.
 */
public record ModelContext(ScenarioModel scenario, ViewSettings settings, WorkMode work) {
}
