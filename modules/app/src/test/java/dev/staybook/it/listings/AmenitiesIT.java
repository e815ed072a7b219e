package dev.staybook.it.listings;

import static dev.staybook.it.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.staybook.it.support.Api;
import dev.staybook.it.support.Json;
import dev.staybook.it.support.SystemTest;
import dev.staybook.it.support.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SystemTest
class AmenitiesIT {

    private static TestUser admin;

    @BeforeAll
    static void signIn() {
        admin = TestUser.administrator();
    }

    private static String uniqueCode() {
        return "sauna_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void anyoneListsTheSeededCatalogue() {
        Api.anonymous().get("/amenities").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(30))
                .body("code", hasItems("wifi", "kitchen", "pool", "hot_tub", "ev_charger", "smoke_alarm", "elevator"))
                .body("code", not(hasItem("smoking_allowed")))
                .body("code", not(hasItem("pets_allowed")));
    }

    @Test
    void listsOneCategory() {
        Api.anonymous().queryParam("category", "safety").get("/amenities").then().statusCode(200)
                .body("category", everyItem(equalTo("safety")))
                .body("code", hasItems("smoke_alarm", "first_aid_kit"));
        assertProblem(Api.anonymous().queryParam("category", "Not A Category!").get("/amenities"), 400, "invalid-input")
                .body("errors[0].field", equalTo("category"));
        assertProblem(Api.anonymous().queryParam("category", "safety!").get("/amenities"), 400, "invalid-input")
                .body("errors[0].field", equalTo("category"));
    }

    @Test
    void administratorsAddAmenitiesOnce() {
        String code = uniqueCode();
        Api.as(admin.accessToken()).body(Json.of("code", code, "name", "Sauna", "category", "wellness")).post("/admin/amenities")
                .then().statusCode(201).body("code", equalTo(code)).body("name", equalTo("Sauna"));
        Api.anonymous().queryParam("category", "wellness").get("/amenities").then().body("code", hasItem(code));
        assertProblem(Api.as(admin.accessToken()).body(Json.of("code", code, "name", "Sauna again", "category", "wellness"))
                .post("/admin/amenities"), 409, "amenity-exists");
    }

    @Test
    void rejectsBadAmenities() {
        assertProblem(Api.as(admin.accessToken()).body(Json.of("code", "Hot Tub!", "name", "", "category", "x y"))
                .post("/admin/amenities"), 400, "invalid-input")
                .body("errors.field", hasItems("code", "name", "category"));
        // every listing page shows the name: one line, and no NUL (which failed in PostgreSQL: 500)
        for (String name : new String[] {"Hot\ntub", "Hot\u0000tub"}) {
            assertProblem(Api.as(admin.accessToken()).body(Json.of("code", "odd_name", "name", name, "category", "outdoor"))
                    .post("/admin/amenities"), 400, "invalid-input").body("errors.field", hasItems("name"));
        }
    }

    @Test
    void onlyAdministratorsAddAmenities() {
        TestUser host = TestUser.register("Amenity Host").asHost();
        assertProblem(Api.as(host.accessToken()).body(Json.of("code", uniqueCode(), "name", "Sauna", "category", "wellness"))
                .post("/admin/amenities"), 403, "role-required");
        assertProblem(Api.anonymous().body(Json.of("code", uniqueCode(), "name", "Sauna", "category", "wellness"))
                .post("/admin/amenities"), 401, "authentication-required");
    }
}
