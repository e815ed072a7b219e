package dev.staybook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.staybook.kernel.event.IntegrationEvent;
import dev.staybook.outbox.EventSubscriber;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.graphql.GraphQLApi;

/** Where things live inside a module's core: domain, application, persistence and web. */
@AnalyzeClasses(packages = StaybookModules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    /**
     * The domain is testable without a container: no JAX-RS, servlet, MicroProfile or Hibernate types,
     * and no reaching up into the layers that use it. JPA mapping annotations are allowed.
     */
    @ArchTest
    static final ArchRule domainIsFreeOfFrameworksAndOuterLayers = noClasses()
            .that().resideInAPackage("..internal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..",
                    "jakarta.servlet..",
                    "org.eclipse.microprofile..",
                    "org.hibernate..",
                    "..internal.application..",
                    "..internal.persistence..",
                    "..internal.web..")
            .allowEmptyShould(false)
            .because("the domain holds the rules and must not know how it is served or stored");

    /** JAX-RS resources are in a module's web layer (or the app's own, for the platform) and say so in their name. */
    @ArchTest
    static final ArchRule resourcesLiveInWebAndAreNamedResource = classes()
            .that().areAnnotatedWith(Path.class)
            .should().resideInAnyPackage("..internal.web..", StaybookModules.ROOT + ".app.web..")
            .andShould().haveSimpleNameEndingWith("Resource")
            .allowEmptyShould(false);

    /**
     * GraphQL endpoints are in a module's graphql package and say so in their name: the build ships exactly
     * those packages to WEB-INF/classes, the only place Liberty's MicroProfile GraphQL looks.
     */
    @ArchTest
    static final ArchRule graphQLApisLiveInGraphQLPackages = classes()
            .that().areAnnotatedWith(GraphQLApi.class)
            .should().resideInAPackage("..internal.graphql..")
            .andShould().haveSimpleNameEndingWith("GraphQL")
            .allowEmptyShould(false);

    /** Nothing outside those packages speaks GraphQL, so nothing GraphQL needs is left out of WEB-INF/classes. */
    @ArchTest
    static final ArchRule onlyGraphQLPackagesUseGraphQL = noClasses()
            .that().resideOutsideOfPackages("..graphql..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile.graphql..")
            .because("Liberty finds GraphQL types only in the graphql packages the app unpacks into WEB-INF/classes");

    /** What a module does with other modules' events lives in its integration package, as an outbox subscriber. */
    @ArchTest
    static final ArchRule subscribersLiveInIntegration = classes()
            .that().implement(EventSubscriber.class)
            .should().resideInAPackage("..internal.integration..")
            .allowEmptyShould(false);

    /**
     * Integration events travel only through the outbox library, never as CDI events: a CDI observer runs in
     * the publisher's transaction or after its commit, where a failure or a crash loses the event. So no
     * {@code Event<...>} injection point may carry an integration event (nor {@code Event<Object>}, which can
     * carry anything).
     */
    @ArchTest
    static final ArchRule integrationEventsAreNotFiredAsCdiEvents = fields()
            .that().haveRawType(Event.class)
            .should(new ArchCondition<JavaField>("not carry integration events") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    boolean carries = field.getType() instanceof JavaParameterizedType type && type.getActualTypeArguments().stream()
                            .map(JavaType::toErasure)
                            .anyMatch(argument -> argument.isEquivalentTo(Object.class) || argument.isAssignableTo(IntegrationEvent.class));
                    if (carries) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " fires integration events through CDI"));
                    }
                }
            })
            .allowEmptyShould(true);

    /** JPA repository implementations are in the persistence layer. */
    @ArchTest
    static final ArchRule jpaClassesLiveInPersistence = classes()
            .that().haveSimpleNameStartingWith("Jpa")
            .should().resideInAPackage("..internal.persistence..")
            .allowEmptyShould(false);
}
