package dev.staybook.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Set;

/**
 * The modules and packages the rules speak about, kept in one place so that {@link RuleTargetsTest}
 * can check that each of them really holds classes: a rule about an empty package passes vacuously.
 */
final class StaybookModules {

    static final String ROOT = "dev.staybook";
    static final String KERNEL = ROOT + ".kernel";

    /**
     * Every business module, built or planned. A module joins the rules once its api package has classes,
     * or, for a module that publishes nothing, once its internals have classes.
     */
    static final List<String> BUSINESS_MODULES = List.of("identity", "listings", "bookings", "payments", "reviews", "messaging",
            "notifications");

    /** Modules that only consume other modules' events and publish nothing, so they have no api package. */
    static final Set<String> PUBLISHING_NOTHING = Set.of("notifications");

    /** The layers of a module's core that every built module has and that the rules name. */
    static final List<String> CORE_LAYERS = List.of("domain", "application", "persistence", "web");

    private StaybookModules() {
    }

    static String api(String module) {
        return ROOT + "." + module + ".api";
    }

    static String internal(String module) {
        return ROOT + "." + module + ".internal";
    }

    static String layer(String module, String layer) {
        return internal(module) + "." + layer;
    }

    /** The business modules that are built: those whose api package (or internals, if they publish nothing) has classes. */
    static List<String> existing(JavaClasses classes) {
        return BUSINESS_MODULES.stream()
                .filter(module -> hasClassesIn(classes, PUBLISHING_NOTHING.contains(module) ? internal(module) : api(module)))
                .toList();
    }

    /** True if the package or one of its subpackages holds at least one imported class. */
    static boolean hasClassesIn(JavaClasses classes, String packageName) {
        return classes.stream().map(JavaClass::getPackageName)
                .anyMatch(name -> name.equals(packageName) || name.startsWith(packageName + "."));
    }
}
