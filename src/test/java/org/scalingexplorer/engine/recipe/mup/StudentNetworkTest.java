package org.scalingexplorer.engine.recipe.mup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class StudentNetworkTest {

    private static final TeacherTask TASK = TeacherTask.create(7, MupGrid.INPUTS, MupGrid.TEACHER_UNITS, 256, 64);

    @Test
    void backpropagationMatchesFiniteDifferencesInEveryLayer() {
        for (Parametrization p : Parametrization.values()) {
            StudentNetwork student = new StudentNetwork(p, MupGrid.INPUTS, 24, 8, 3);
            StudentNetwork.Buffers buffers = new StudentNetwork.Buffers(8, 24);
            student.accumulateGradient(TASK, 0, 8, buffers);
            double[][][] gradients = deepCopy(student.gradients());
            double[][][] parameters = student.parameters();
            for (int tensor = 0; tensor < parameters.length; tensor++) {
                double[][] values = parameters[tensor];
                int row = values.length / 2;
                int column = values[row].length / 3;
                double saved = values[row][column];
                double h = 1e-6;
                values[row][column] = saved + h;
                double up = student.accumulateGradient(TASK, 0, 8, new StudentNetwork.Buffers(8, 24));
                values[row][column] = saved - h;
                double down = student.accumulateGradient(TASK, 0, 8, new StudentNetwork.Buffers(8, 24));
                values[row][column] = saved;
                double numeric = (up - down) / (2 * h);
                double analytic = gradients[tensor][row][column];
                assertEquals(numeric, analytic, 1e-6 + 1e-4 * Math.abs(numeric), p + " tensor " + tensor);
            }
        }
    }

    @Test
    void atTheBaseWidthMupIsTheStandardParametrisation() {
        StudentNetwork standard = new StudentNetwork(Parametrization.STANDARD, MupGrid.INPUTS, 32, 32, 5);
        StudentNetwork mup = new StudentNetwork(Parametrization.MUP, MupGrid.INPUTS, 32, 32, 5);
        assertEquals(standard.train(TASK, 20, 8, 0.01, () -> false), mup.train(TASK, 20, 8, 0.01, () -> false));
        // Wider than the base, the two differ from the first step on.
        StudentNetwork wideStandard = new StudentNetwork(Parametrization.STANDARD, MupGrid.INPUTS, 64, 32, 5);
        StudentNetwork wideMup = new StudentNetwork(Parametrization.MUP, MupGrid.INPUTS, 64, 32, 5);
        assertNotEquals(wideStandard.heldOutLoss(TASK), wideMup.heldOutLoss(TASK));
    }

    @Test
    void muPReadOutStartsSmallerAsTheNetworkWidens() {
        // Tensor Programs V, Table 8: the read-out is multiplied by 1/fan_in (n0/n here) while its
        // weights keep a width-independent variance, so the output at initialisation shrinks as
        // 1/sqrt(width); under SP it stays of order one.
        double[] mupOutput = new double[2];
        double[] spOutput = new double[2];
        int[] widths = {32, 512};
        for (int i = 0; i < 2; i++) {
            mupOutput[i] = initialOutputScale(Parametrization.MUP, widths[i]);
            spOutput[i] = initialOutputScale(Parametrization.STANDARD, widths[i]);
        }
        assertEquals(1, spOutput[1] / spOutput[0], 0.35);
        assertEquals(0.25, mupOutput[1] / mupOutput[0], 0.1);
    }

    @Test
    void trainingLowersTheHeldOutLossAndCancellingStopsIt() {
        StudentNetwork student = new StudentNetwork(Parametrization.MUP, MupGrid.INPUTS, 32, 32, 11);
        double before = student.heldOutLoss(TASK);
        double after = student.train(TASK, 200, 16, 0.01, () -> false);
        assertTrue(after < 0.5 * before, before + " -> " + after);
        StudentNetwork cancelled = new StudentNetwork(Parametrization.MUP, MupGrid.INPUTS, 32, 32, 11);
        assertThrows(CancellationException.class, () -> cancelled.train(TASK, 200, 16, 0.01, () -> true));
    }

    @Test
    void theTaskIsSeeded() {
        TeacherTask again = TeacherTask.create(7, MupGrid.INPUTS, MupGrid.TEACHER_UNITS, 256, 64);
        assertArrayEquals(TASK.evalTargets, again.evalTargets);
        assertEquals(0.5, TASK.constantPredictorLoss(), 0.15);
    }

    /** Root mean square of the untrained network's output over the held-out inputs and 8 seeds. */
    private static double initialOutputScale(Parametrization p, int width) {
        double sum = 0;
        int count = 0;
        for (int seed = 0; seed < 8; seed++) {
            StudentNetwork student = new StudentNetwork(p, MupGrid.INPUTS, width, 32, seed);
            for (double[] x : TASK.evalInputs) {
                double y = student.predict(x);
                sum += y * y;
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    private static double[][][] deepCopy(double[][][] arrays) {
        double[][][] copy = new double[arrays.length][][];
        for (int i = 0; i < arrays.length; i++) {
            copy[i] = new double[arrays[i].length][];
            for (int j = 0; j < arrays[i].length; j++) {
                copy[i][j] = arrays[i][j].clone();
            }
        }
        return copy;
    }
}
