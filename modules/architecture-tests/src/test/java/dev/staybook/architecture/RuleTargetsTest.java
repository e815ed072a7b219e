package dev.staybook.architecture;

import static dev.staybook.architecture.StaybookModules.CORE_LAYERS;
import static dev.staybook.architecture.StaybookModules.KERNEL;
import static dev.staybook.architecture.StaybookModules.api;
import static dev.staybook.architecture.StaybookModules.existing;
import static dev.staybook.architecture.StaybookModules.hasClassesIn;
import static dev.staybook.architecture.StaybookModules.layer;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the rules against passing vacuously: every package they name must hold classes in the
 * imported set. Planned modules that are not built yet are left out until their api package has classes.
 */
class RuleTargetsTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheSameClassesAsTheRules() {
        classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(StaybookModules.ROOT);
    }

    @Test
    void identityIsAmongTheBuiltModules() {
        List<String> built = existing(classes);

        assertTrue(built.contains("identity"), () -> "built modules found: " + built);
    }

    @Test
    void everyListedModuleIsBuilt() {
        List<String> built = existing(classes);

        assertTrue(built.containsAll(StaybookModules.BUSINESS_MODULES), () -> "built modules found: " + built);
    }

    @Test
    void theSharedKernelHasClasses() {
        assertTrue(hasClassesIn(classes, KERNEL), KERNEL + " has no classes");
    }

    @Test
    void everyBuiltModuleHasClassesInItsApiAndEachCoreLayer() {
        List<String> empty = new ArrayList<>();
        for (String module : existing(classes)) {
            List<String> named = new ArrayList<>();
            if (!StaybookModules.PUBLISHING_NOTHING.contains(module)) {
                named.add(api(module));
            }
            CORE_LAYERS.forEach(layer -> named.add(layer(module, layer)));
            named.stream().filter(packageName -> !hasClassesIn(classes, packageName)).forEach(empty::add);
        }

        assertTrue(empty.isEmpty(), () -> "packages named by the rules hold no classes: " + empty);
    }
}
