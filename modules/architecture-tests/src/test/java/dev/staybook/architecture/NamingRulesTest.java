package dev.staybook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Names say what a thing is. */
@AnalyzeClasses(packages = StaybookModules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class NamingRulesTest {

    /** Suffixes that name a role rather than a thing: Impl, Manager, Helper, Util(s), Dto. */
    @ArchTest
    static final ArchRule noVagueClassNames = noClasses()
            .that().resideInAPackage(StaybookModules.ROOT + "..")
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Dto")
            .allowEmptyShould(false)
            .because("a name like JpaBookingRepository or CreateBookingRequest says what the class is");
}
