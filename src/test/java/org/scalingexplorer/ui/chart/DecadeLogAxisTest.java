package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

class DecadeLogAxisTest {

    /** Six runs of one size sent to the Fit view put every point at N = 522,374,400. */
    @Test
    void pointsAllAtOneValueGetAnAxisAroundThatValue() {
        DefaultXYDataset dataset = new DefaultXYDataset();
        dataset.addSeries("runs", new double[][] {{522_374_400, 522_374_400}, {3.1, 3.4}});
        DecadeLogAxis params = new DecadeLogAxis("N");
        DecadeLogAxis loss = new DecadeLogAxis("loss");
        new XYPlot(dataset, params, loss, new XYLineAndShapeRenderer());
        params.configure();
        assertTrue(params.getLowerBound() < 522_374_400 && params.getUpperBound() > 522_374_400,
                params.getRange().toString());
        assertTrue(params.getUpperBound() / params.getLowerBound() < 20, params.getRange().toString());
    }
}
