package org.scalingexplorer.ui.valley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.surface.SurfaceWindow;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Loss valley view as a user reaches it from the sidebar, headless on Monocle. Monocle's software
 * pipeline has no 3D, so this is where the map fallback must stand in for the surface.
 */
@ExtendWith(ApplicationExtension.class)
class LossValleyViewTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private void openTheView(FxRobot robot) {
        robot.clickOn("Loss valley");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int distinctColours(Image image) {
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void withoutScene3dTheSidebarOpensTheMapWithANoticeNotABlankPane(FxRobot robot) {
        assertFalse(Platform.isSupported(ConditionalFeature.SCENE3D), "Monocle's software pipeline has no 3D");
        openTheView(robot);
        Node fallback = robot.lookup("#valley-fallback").query();
        assertTrue(fallback.isVisible());
        assertTrue(fallback.getLayoutBounds().getWidth() > 400 && fallback.getLayoutBounds().getHeight() > 300,
                "fallback size " + fallback.getLayoutBounds());
        Label notice = robot.lookup("#valley-fallback-notice").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains("SCENE3D"), notice.getText());
        assertTrue(robot.lookup("#valley-3d").tryQuery().isEmpty(), "no 3D pane where 3D is unsupported");
        assertFalse(robot.lookup("#valley-map-toggle").query().isVisible(), "no 3D/map choice without 3D");

        ChartViewer map = robot.lookup("#valley-map").queryAs(ChartViewer.class);
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = map.snapshot(null, null));
        int colours = distinctColours(image[0]);
        assertTrue(colours > 300, "distinct colours in the map: " + colours);
        assertEquals("Parameters N", map.getChart().getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void draggingALawSliderRedrawsTheMap(FxRobot robot) {
        openTheView(robot);
        ChartViewer map = robot.lookup("#valley-map").queryAs(ChartViewer.class);
        double before = map.getChart().getXYPlot().getDataset().getYValue(0, 0);
        String summaryBefore = fixture.models.viewModel(LossValleyModule.MODULE).frame().toString();
        // The law sliders sit below the valley's own controls: scroll down to them as a user would.
        javafx.scene.control.ScrollPane side = robot.lookup("#loss-valley-view .scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> side.setVvalue(1));
        robot.drag("#slider-alpha .thumb").moveBy(60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double alpha = fixture.models.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA);
        assertTrue(alpha > 0.45, "alpha after drag: " + alpha);
        ValleyFrame frame = fixture.models.viewModel(LossValleyModule.MODULE).frame();
        assertNotEquals(summaryBefore, frame.toString());
        // The first contour the chart holds moved with the law.
        assertNotEquals(before, map.getChart().getXYPlot().getDataset().getYValue(0, 0));
        assertTrue(map.getChart().getTitle().getText().contains("Chinchilla"));
    }

    @Test
    void windowBudgetsAndResetDriveTheViewModel(FxRobot robot) {
        openTheView(robot);
        robot.clickOn("#valley-budget-21");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, fixture.models.viewModel(LossValleyModule.MODULE).frame().isoFlopLines().size());
        robot.interact(() -> fixture.models.viewModel(LossValleyModule.MODULE).paramsFromProperty().set(9));
        WaitForAsyncUtils.waitForFxEvents();
        org.controlsfx.control.RangeSlider params = robot.lookup("#valley-params-range")
                .queryAs(org.controlsfx.control.RangeSlider.class);
        assertEquals(9, params.getLowValue(), 1e-12);
        assertTrue(fixture.models.viewModel(LossValleyModule.MODULE).viewModifiedProperty().get());
        robot.clickOn("#reset-valley");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SurfaceWindow.DEFAULT, fixture.models.viewModel(LossValleyModule.MODULE).frame().window());
        assertEquals(7, params.getLowValue(), 1e-12);
        assertEquals(3, fixture.models.viewModel(LossValleyModule.MODULE).frame().isoFlopLines().size());
    }

    @Test
    void everyControlOfTheViewHasATooltip(FxRobot robot) {
        openTheView(robot);
        for (String id : new String[] {"#valley-params-range", "#valley-tokens-range", "#valley-path-rule",
            "#reset-valley", "#valley-budget-19", "#valley-budget-27", "#valley-lock-axes"}) {
            javafx.scene.control.Control control = robot.lookup(id).queryAs(javafx.scene.control.Control.class);
            assertTrue(control.getTooltip() != null && !control.getTooltip().getText().isBlank(), id);
        }
    }

    @Test
    void aPathOutsideTheWindowIsAnnouncedAndTheLegendSaysSo(FxRobot robot) {
        openTheView(robot);
        Label notice = robot.lookup("#valley-path-notice").queryAs(Label.class);
        assertFalse(notice.isVisible());
        robot.interact(() -> fixture.models.viewModel(LossValleyModule.MODULE)
                .setWindow(new SurfaceWindow(11, 13, 9, 10)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains("misses this window"), notice.getText());
        ChartViewer map = robot.lookup("#valley-map").queryAs(ChartViewer.class);
        org.jfree.chart.LegendItemCollection legend = map.getChart().getXYPlot().getFixedLegendItems();
        assertEquals("Compute-optimal path (outside this window)", legend.get(0).getLabel());
        robot.clickOn("#reset-valley");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(notice.isVisible());
        assertEquals("Compute-optimal path", map.getChart().getXYPlot().getFixedLegendItems().get(0).getLabel());
    }
}
