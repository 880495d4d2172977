package org.scalingexplorer.ui.view;

import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.scenario.ViewSettings;

/**
 * What a view-model is created with: the scenario every view shares, the registry of named settings
 * lessons set, where its long computations run, and the hand-over of runs between views.
 */
public record ModelContext(ScenarioModel scenario, ViewSettings settings, WorkMode work, RunHandoff runHandoff) {
}
