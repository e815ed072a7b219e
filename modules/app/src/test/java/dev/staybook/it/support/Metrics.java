package dev.staybook.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /metrics} as the operator's scraper reads it: over HTTPS (self-signed here), with the metrics account. */
public final class Metrics {

    private static final String HTTPS_URL = System.getProperty("staybook.https.url", "https://localhost:9443");

    private Metrics() {
    }

    public static RequestSpecification anonymous() {
        return given().baseUri(HTTPS_URL).relaxedHTTPSValidation();
    }

    public static String scrape() {
        return anonymous().auth().preemptive().basic(System.getProperty("staybook.metrics.user", "metrics"),
                        System.getProperty("staybook.metrics.password"))
                .get("/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the series whose name and labels match (labels as Prometheus writes them), or 0 if absent. */
    public static double value(String name, String... labels) {
        Matcher series = series(name, labels).matcher(scrape());
        return series.find() ? Double.parseDouble(series.group(1)) : 0;
    }

    /** Whether {@code metrics} (a scrape) holds the series whose name and labels match, whatever its value. */
    public static boolean has(String metrics, String name, String... labels) {
        return series(name, labels).matcher(metrics).find();
    }

    private static Pattern series(String name, String... labels) {
        StringBuilder pattern = new StringBuilder("(?m)^" + Pattern.quote(name) + "\\{");
        for (String label : labels) {
            pattern.append("(?=[^}]*").append(Pattern.quote(label)).append(')');
        }
        return Pattern.compile(pattern + "[^}]*} (\\S+)$");
    }
}
