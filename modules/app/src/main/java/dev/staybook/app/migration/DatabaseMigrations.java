package dev.staybook.app.migration;

import dev.staybook.kernel.ModuleSchema;
import dev.staybook.kernel.SchemasMigrated;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates each module's schema with its own Flyway history at start-up. If the database is not
 * there yet the application still starts (liveness up, readiness down) and keeps retrying, so an
 * orchestrator can start the app and the database in any order. Flyway's advisory lock makes it safe
 * for several instances to start at once.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());
    private static final long RETRY_SECONDS = 5;
    /** The schema of server.xml's batch databaseStore. */
    private static final String JOB_REPOSITORY_SCHEMA = "batch";

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Instance<ModuleSchema> schemas;
    @Inject
    Event<SchemasMigrated> migrated;

    private volatile boolean complete;

    /** Migrates before the application reports itself started; only retries run in the background. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        migrateOrRetry();
    }

    public boolean isComplete() {
        return complete;
    }

    private void migrateOrRetry() {
        try {
            List<String> names = schemas.stream().map(this::migrate).toList();
            createJobRepositorySchema();
            // the start-up work that waits for the schemas (the first administrator, relays, schedules) is done
            // before readiness goes up: after a late database, clients must not come before it
            migrated.fire(new SchemasMigrated(names));
            complete = true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Database migration failed; retrying in " + RETRY_SECONDS + " s: " + e.getMessage());
            scheduler.schedule(this::migrateOrRetry, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Liberty creates the batch job repository's tables on first use (createTables in server.xml) but not
     * their schema: without it the first job submission fails.
     */
    private void createJobRepositorySchema() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + JOB_REPOSITORY_SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the batch job repository's schema", e);
        }
    }

    private String migrate(ModuleSchema schema) {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .schemas(schema.name())
                .createSchemas(true)
                .locations(schema.migrationsLocation())
                .callbackLocations(schema.migrationsLocation())
                .failOnMissingLocations(true)
                .load();
        // migrate() reports the version it left the schema at: asking info() for it scanned the migrations and
        // read the history a second time, on every start
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema %s is at version %s (%d migrations applied now)".formatted(
                schema.name(), version == null ? "none" : version, result.migrationsExecuted));
        return schema.name();
    }
}
