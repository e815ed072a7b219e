package dev.staybook.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to the running server: it starts once the server is ready, and its run
 * must leave no errors in the server log.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ServerReadiness.class, ServerLogWatch.class})
public @interface SystemTest {
}
