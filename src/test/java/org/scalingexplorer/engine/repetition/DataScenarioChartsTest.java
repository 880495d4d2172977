package org.scalingexplorer.engine.repetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataScenarioChartsTest {

    @Test
    void chartsAgreeWithEachOther() {
        DataCharts charts = DataScenarioCharts.compute(DataScenario.of(1e22, 25e9));

        assertEquals(DataScenarioCharts.EPOCH_POINTS, charts.effectiveTokens().size());
        assertEquals(DataScenarioCharts.BANANA_POINTS, charts.banana().size());
        assertEquals(DataScenarioCharts.POOL_SIZE_POINTS, charts.optimumAcrossPools().size());
        assertEquals(3, charts.qualityQuantity().curves().size());

        // The banana's lowest grid points sit next to the optimisers' answers, the repeated one left of the fresh one.
        IsoFlopBanana banana = charts.banana();
        double gridStep = Math.log(banana.params()[1] / banana.params()[0]);
        assertEquals(Math.log(charts.optimum().params()), Math.log(banana.params()[banana.lowestRepeated()]), gridStep);
        assertEquals(Math.log(charts.freshOptimum().params()), Math.log(banana.params()[banana.lowestFresh()]), gridStep);
        assertTrue(banana.lowestRepeated() < banana.lowestFresh());
        assertTrue(charts.optimum().loss() <= banana.lossRepeated()[banana.lowestRepeated()]);
        for (int i = 0; i < banana.size(); i++) {
            assertTrue(banana.lossRepeated()[i] >= banana.lossFresh()[i] - 1e-12, "repetition never helps at " + i);
        }

        assertEquals(charts.optimum().params(), charts.repetitionLoss().params());
        assertEquals(2.22213, charts.optimum().loss(), 1e-5);
        assertEquals(2.18800, charts.freshOptimum().loss(), 1e-5);
    }
}
