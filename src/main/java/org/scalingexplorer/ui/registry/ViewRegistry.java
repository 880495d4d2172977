package org.scalingexplorer.ui.registry;

import java.util.List;
import java.util.Optional;
import org.scalingexplorer.ui.allocation.AllocationModule;
import org.scalingexplorer.ui.data.DataModule;
import org.scalingexplorer.ui.fit.FitModule;
import org.scalingexplorer.ui.isoflop.IsoFlopModule;
import org.scalingexplorer.ui.plan.PlanModule;
import org.scalingexplorer.ui.powerlaws.PowerLawsModule;
import org.scalingexplorer.ui.recipe.RecipeModule;
import org.scalingexplorer.ui.valley.LossValleyModule;
import org.scalingexplorer.ui.view.ViewModule;

/**
 * Every view of the app, in sidebar order. The window, exports, reports, sessions, lessons and the
 * command line all read this list; a new view adds its module here and nowhere else.
 */
public final class ViewRegistry {

    public static final List<ViewModule<?>> MODULES = List.of(
            PowerLawsModule.MODULE,
            LossValleyModule.MODULE,
            IsoFlopModule.MODULE,
            AllocationModule.MODULE,
            DataModule.MODULE,
            FitModule.MODULE,
            PlanModule.MODULE,
            RecipeModule.MODULE);

    private ViewRegistry() {
    }

    public static Optional<ViewModule<?>> byId(String id) {
        return MODULES.stream().filter(module -> module.id().equals(id)).findFirst();
    }

    /** The module of a view id; an unknown id is refused with the known ones listed. */
    public static ViewModule<?> require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("view must be one of "
                + String.join(", ", ids()) + ", got " + id));
    }

    public static List<String> ids() {
        return MODULES.stream().map(ViewModule::id).toList();
    }

    /** The first view, shown when nothing else is asked for. */
    public static ViewModule<?> first() {
        return MODULES.get(0);
    }
}
