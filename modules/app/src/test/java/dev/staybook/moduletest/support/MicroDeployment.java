package dev.staybook.moduletest.support;

import dev.staybook.app.ClockProducer;
import dev.staybook.app.diagnostics.StatementCounter;
import dev.staybook.jdbc.ViolatedConstraint;
import dev.staybook.kernel.Money;
import dev.staybook.outbox.Deliverer;
import dev.staybook.outbox.DeliveryAdministration;
import dev.staybook.outbox.DeliveryMetrics;
import dev.staybook.outbox.DeliveryWorkers;
import dev.staybook.outbox.Outbox;
import dev.staybook.outbox.PublishedEventMetrics;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds a micro-deployment: one module's core (its packages named one by one) and api, the kernel, the jdbc
 * library, the outbox library without its delivery threads, metrics and administration, and this package. It runs in the same server and
 * database as the full application, so it must never deliver events: the full application's workers own
 * every subscriber's deliveries, and a second set of workers would compete with them. It publishes events
 * like the module does, to no subscriber (a micro-deployment has none), so nothing else ever sees them.
 */
public final class MicroDeployment {

    private final WebArchive archive;

    private MicroDeployment(String name) {
        archive = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, Money.class.getPackage())
                .addPackage(ViolatedConstraint.class.getPackage())
                .addPackage(Outbox.class.getPackage())
                .deleteClasses(DeliveryWorkers.class, DeliveryMetrics.class, PublishedEventMetrics.class, Deliverer.class,
                        DeliveryAdministration.class)
                .addPackage(MicroDeployment.class.getPackage())
                .addClass(ClockProducer.class)
                // server.xml gives every persistence unit of the server this statement inspector
                .addClass(StatementCounter.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** A deployment named {@code <module>-module}, its context root too. */
    public static MicroDeployment of(String module) {
        return new MicroDeployment(module + "-module");
    }

    /** Packages of the module's core, api and the apis it uses; sub-packages are named too, never implied. */
    public MicroDeployment packages(Class<?>... oneClassOfEach) {
        for (Class<?> type : oneClassOfEach) {
            archive.addPackage(type.getPackage());
        }
        return this;
    }

    /** Single classes: test doubles and the test's own helpers. */
    public MicroDeployment classes(Class<?>... classes) {
        archive.addClasses(classes);
        return this;
    }

    /** Resources the module's classes load from their own package (identity's list of common passwords). */
    public MicroDeployment resources(Class<?> nextTo, String... names) {
        archive.addAsResources(nextTo.getPackage(), names);
        return this;
    }

    /** Third-party libraries the module uses (nimbus-jose-jwt, Bouncy Castle): the jar each class comes from, in WEB-INF/lib. */
    public MicroDeployment libraries(Class<?>... oneClassOfEach) {
        for (Class<?> type : oneClassOfEach) {
            try {
                archive.addAsLibrary(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("no jar for " + type, e);
            }
        }
        return this;
    }

    /** MicroProfile Config the full application's own configuration gives the module (the app is not deployed). */
    public MicroDeployment config(String... keysAndValues) {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            properties.append(keysAndValues[i]).append('=').append(keysAndValues[i + 1]).append('\n');
        }
        archive.addAsResource(new StringAsset(properties.toString()), "META-INF/microprofile-config.properties");
        return this;
    }

    /** The module's persistence unit (its entities and schema): the persistence.xml of its core that declares it. */
    public MicroDeployment persistenceUnit(String unit) {
        archive.addAsResource(new StringAsset(PersistenceUnits.declaring(unit)), "META-INF/persistence.xml");
        return this;
    }

    public WebArchive archive() {
        return archive;
    }
}
