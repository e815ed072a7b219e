package dev.staybook.moduletest.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a module test: an Arquillian test class whose {@code @Deployment} is a {@link MicroDeployment} and
 * whose methods run inside the test server. It is deployed once the server is ready (the full application
 * has migrated every schema), and its run must leave no errors in the server log, like a system test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({OnTheClient.class, ArquillianExtension.class})
public @interface ModuleTest {
}
