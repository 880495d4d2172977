package org.scalingexplorer.ui.recipe;

/** The panels of the Recipe view, in tab order; a lesson chooses one by its index ({@code recipe.panel}). */
public enum RecipePanel {
    /** Kaplan's critical batch and McCandlish's steps/tokens trade-off. */
    BATCH("batch"),
    /** DeepSeek LLM's and Step Law's learning rate and batch against compute. */
    HYPER("hyper"),
    /** Small networks trained here under SP and muP. */
    MUP("mup"),
    /** Kaplan's flat bowl and shapes for the compute-optimal N. */
    SHAPES("shapes"),
    /** Kaplan and Chinchilla reconciled: counting, and Porian's correction steps. */
    RECONCILE("reconcile"),
    /** Kaplan's overfitting bound D >= 5e3 N^0.74 against each law's allocation. */
    BALANCE("balance");

    private final String id;

    RecipePanel(String id) {
        this.id = id;
    }

    /** The id in bundle keys ({@code recipe.<id>...}) and node ids. */
    public String id() {
        return id;
    }

    /** The panel at a lesson's index, clamped to the panels there are. */
    public static RecipePanel at(double index) {
        RecipePanel[] panels = values();
        return panels[(int) Math.max(0, Math.min(panels.length - 1, Math.round(index)))];
    }
}
