package dev.staybook.moduletest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/** Finds a module's persistence.xml on the test class path, where every core jar has one at the same path. */
final class PersistenceUnits {

    private PersistenceUnits() {
    }

    static String declaring(String unit) {
        try {
            for (URL url : Collections.list(PersistenceUnits.class.getClassLoader().getResources("META-INF/persistence.xml"))) {
                try (InputStream in = url.openStream()) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (xml.contains("<persistence-unit name=\"" + unit + "\"")) {
                        return xml;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no persistence.xml on the class path declares the unit " + unit);
    }
}
