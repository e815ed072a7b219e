package dev.staybook.kernel;

import java.util.List;

/** Fired once the database schemas are migrated at start-up: work that needs the tables may begin. */
public record SchemasMigrated(List<String> schemas) {

    public SchemasMigrated {
        schemas = List.copyOf(schemas);
    }
}
