package dev.staybook.moduletest.support;

import dev.staybook.it.support.ServerLogWatch;
import dev.staybook.it.support.ServerReadiness;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The system tests' readiness wait and log watch, on the client side only. JUnit runs a module test class
 * twice: in failsafe's JVM, which deploys it and calls the server, and inside the server, which runs each
 * method; only failsafe's JVM knows where the server is (and has these classes).
 */
public class OnTheClient implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (onTheClient()) {
            new ServerReadiness().beforeAll(context);
            new ServerLogWatch().beforeAll(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (onTheClient()) {
            new ServerLogWatch().afterAll(context);
        }
    }

    private static boolean onTheClient() {
        return System.getProperty("staybook.server.dir") != null;
    }
}
