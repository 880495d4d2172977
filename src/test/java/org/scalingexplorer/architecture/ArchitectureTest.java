package org.scalingexplorer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;

/**
 * The package rules of the architecture, checked on the compiled classes: the engine knows nothing of
 * JavaFX or the UI, a view package knows no other view package, view-models touch no controls, the
 * UI packages form no cycle, and every view module is in the registry.
 */
class ArchitectureTest {

    private static final String ROOT = "org.scalingexplorer";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    /** Shared UI packages a view may use; everything else under ui is another view or the shell around it. */
    private static final List<String> SHARED_UI = List.of("chart", "control", "scenario", "view");

    /** Every view package: each registered module's, and the lessons panel's. */
    private static Set<String> viewPackages() {
        Set<String> packages = new TreeSet<>();
        for (ViewModule<?> module : ViewRegistry.MODULES) {
            packages.add(module.getClass().getPackageName());
        }
        packages.add(ROOT + ".ui.lessons");
        return packages;
    }

    @Test
    void theEngineImportsNoJavaFxAndNoUi() {
        noClasses().that().resideInAPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", ROOT + ".ui..", ROOT + ".cli..")
                .because("the engine runs without a display: in the command line, the tests and the benchmarks")
                .check(CLASSES);
    }

    @Test
    void aViewPackageImportsNoOtherViewPackage() {
        Set<String> views = viewPackages();
        for (String view : views) {
            List<String> others = new ArrayList<>(views);
            others.remove(view);
            noClasses().that().resideInAPackage(view)
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .because("views meet only through the shared scenario and the shared UI packages")
                    .check(CLASSES);
        }
    }

    @Test
    void aViewPackageUsesOnlyTheSharedUiPackages() {
        List<String> allowed = new ArrayList<>();
        allowed.add("java..");
        allowed.add("javafx..");
        allowed.add(ROOT + ".engine..");
        SHARED_UI.forEach(shared -> allowed.add(ROOT + ".ui." + shared + ".."));
        for (String view : viewPackages()) {
            List<String> mine = new ArrayList<>(allowed);
            mine.add(view + "..");
            noClasses().that().resideInAPackage(view)
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "in another package of the app",
                            type -> type.getPackageName().startsWith(ROOT)
                                    && mine.stream().noneMatch(p -> matches(type.getPackageName(), p))))
                    .because("a view is a module: the shell, the registry, the exports and the sessions use it, "
                            + "not the other way round")
                    .check(CLASSES);
        }
    }

    private static boolean matches(String packageName, String pattern) {
        String prefix = pattern.substring(0, pattern.length() - 2);
        return packageName.equals(prefix) || packageName.startsWith(prefix + ".");
    }

    @Test
    void viewModelsTouchNoControl() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene.control..")
                .because("view-models hold state and call the engine; views bind to them")
                .check(CLASSES);
    }

    @Test
    void theUiPackagesFormNoCycle() {
        slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCommandLineDrawsThroughTheRegistryNotTheWindow() {
        List<String> forbidden = new ArrayList<>(viewPackages());
        forbidden.add(ROOT + ".ui.shell..");
        forbidden.add(ROOT + ".ui.session..");
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void everyViewModuleIsRegisteredOnce() {
        classes().that().implement(ViewModule.class).should().resideInAnyPackage(viewPackages().toArray(String[]::new))
                .check(CLASSES);
        long modules = CLASSES.stream().filter(type -> type.isAssignableTo(ViewModule.class) && !type.isInterface())
                .count();
        assertEquals(ViewRegistry.MODULES.size(), modules, "a view module that the registry does not list");
    }

    @Test
    void diagnosticsGoToTheLoggerNotStandardError() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().accessField(System.class, "err")
                .because("diagnostics go to System.Logger; only the command line's one-line errors go to stderr")
                .check(CLASSES);
    }
}
