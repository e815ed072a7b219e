package dev.staybook.kernel;

/**
 * Declares the PostgreSQL schema a module owns. Each core provides one as a CDI bean; the app migrates
 * every declared schema with the Flyway scripts found at {@code db/migration/<name>} in that module.
 * That folder must also hold an empty {@code flyway.location} file: Liberty's class loader cannot list
 * folders, and Flyway finds the scripts next to that marker instead.
 */
public interface ModuleSchema {

    /** The schema name, which is also the module's name (for example {@code identity}). */
    String name();

    default String migrationsLocation() {
        return "classpath:db/migration/" + name();
    }
}
