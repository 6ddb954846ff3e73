package dvk.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;

    @BeforeAll
    void connect() {
        client = http.toBlocking();
    }

    @Test
    void administratorCreatesAViewerWhoThenReadsOnlyTheirDistrict() {
        HttpResponse<Map> created = Api.as(client, "admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                "xem-bao-yen",
                                "password",
                                "mat-khau-dai",
                                "role",
                                "viewer",
                                "unitCode",
                                "087",
                                "displayName",
                                "Cán bộ xem"));

        assertEquals(HttpStatus.CREATED, created.getStatus());
        assertEquals("Huyện Bảo Yên", created.body().get("unitName"));
        String token = login("xem-bao-yen", "mat-khau-dai");
        assertEquals(HttpStatus.OK, get(token, "/api/units/087?on=2024-06-01"));
        assertEquals(HttpStatus.NOT_FOUND, get(token, "/api/units/085?on=2024-06-01"));
    }

    @Test
    void provinceManagerCreatesSubmittersBelowButNoAdministrators() {
        Api tinh = Api.as(client, "tinh");

        assertEquals(
                HttpStatus.CREATED,
                tinh.post(
                                "/api/users",
                                Map.of(
                                        "username",
                                        "bac-ha-2",
                                        "password",
                                        "mat-khau-dai",
                                        "role",
                                        "submitter",
                                        "unitCode",
                                        "085"))
                        .getStatus());
        assertEquals(
                HttpStatus.UNPROCESSABLE_ENTITY,
                tinh.post("/api/users", Map.of("username", "sep", "password", "mat-khau-dai", "role", "admin"))
                        .getStatus());
    }

    @Test
    void submittersCannotManageUsersAndLearnNothingFromTrying() {
        HttpResponse<Map> response = Api.as(client, "huyen2")
                .post(
                        "/api/users",
                        Map.of("username", "x", "password", "mat-khau-dai", "role", "viewer", "unitCode", "085"));

        assertEquals(HttpStatus.NOT_FOUND, response.getStatus());
    }

    @Test
    void administratorResetsAPasswordAndTheOldOneStopsWorking() {
        Api admin = Api.as(client, "admin");
        admin.post(
                "/api/users",
                Map.of("username", "quen-mat-khau", "password", "mat-khau-cu-1", "role", "viewer", "unitCode", "10"));

        HttpResponse<Map> reset = admin.put("/api/users/quen-mat-khau/password", Map.of("password", "mat-khau-moi-2"));

        assertEquals(HttpStatus.NO_CONTENT, reset.getStatus());
        assertEquals(
                HttpStatus.UNAUTHORIZED,
                Api.anonymous(client)
                        .send(
                                HttpRequest.POST(
                                        "/login", Map.of("username", "quen-mat-khau", "password", "mat-khau-cu-1")),
                                Map.class)
                        .getStatus());
        login("quen-mat-khau", "mat-khau-moi-2");
    }

    @Test
    void aCodeUsedBeforeAndAfterTheReformNeedsADayAndGetsTheUnitOfThatDay() {
        Api admin = Api.as(client, "admin");

        // 02647 was Phường Kim Tân until 30/6/2025 and is Phường Lào Cai since 1/7/2025
        HttpResponse<Map> ambiguous = admin.post(
                "/api/users",
                Map.of("username", "kim-tan", "password", "mat-khau-dai", "role", "submitter", "unitCode", "02647"));
        HttpResponse<Map> before = admin.post(
                "/api/users?on=2024-06-01",
                Map.of("username", "kim-tan", "password", "mat-khau-dai", "role", "submitter", "unitCode", "02647"));
        HttpResponse<Map> after = admin.post(
                "/api/users?on=2025-07-01",
                Map.of(
                        "username",
                        "lao-cai-phuong",
                        "password",
                        "mat-khau-dai",
                        "role",
                        "submitter",
                        "unitCode",
                        "02647"));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, ambiguous.getStatus());
        assertEquals("urn:dvk:problem:ambiguous-unit", Api.errorBody(ambiguous).get("type"));
        String message = (String) Api.errorBody(ambiguous).get("message_vi");
        assertTrue(message.contains("Phường Kim Tân") && message.contains("Phường Lào Cai"), message);
        assertEquals("Phường Kim Tân", before.body().get("unitName"));
        assertEquals("Phường Lào Cai", after.body().get("unitName"));
    }

    @Test
    void theManagerOfTodaysProvinceNamesTheDayForACodeOfBothStructures() {
        // tinh manages today's Tỉnh Lào Cai and inherits the old one: 02647 names a unit in each
        Api tinh = Api.as(client, "tinh");

        HttpResponse<Map> ambiguous = tinh.post(
                "/api/users",
                Map.of("username", "kim-tan-2", "password", "mat-khau-dai", "role", "submitter", "unitCode", "02647"));
        HttpResponse<Map> before = tinh.post(
                "/api/users?on=2024-06-01",
                Map.of("username", "kim-tan-2", "password", "mat-khau-dai", "role", "submitter", "unitCode", "02647"));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, ambiguous.getStatus());
        assertEquals(HttpStatus.CREATED, before.getStatus());
        assertEquals("Phường Kim Tân", before.body().get("unitName"));
    }

    @Test
    void aManagerOfAFormerProvinceBindsItsOwnCommuneWithoutADay() {
        HttpResponse<Map> created = Api.as(client, "admin")
                .post(
                        "/api/users?on=2024-06-01",
                        Map.of("username", "tinh-cu", "password", "mat-khau-dai", "role", "manager", "unitCode", "10"));
        assertEquals(HttpStatus.CREATED, created.getStatus());
        Api oldProvince = loginAs("tinh-cu");

        HttpResponse<Map> commune = oldProvince.post(
                "/api/users",
                Map.of("username", "kim-tan-3", "password", "mat-khau-dai", "role", "submitter", "unitCode", "02647"));

        assertEquals(HttpStatus.CREATED, commune.getStatus());
        assertEquals("Phường Kim Tân", commune.body().get("unitName"));
    }

    @Test
    void aUsernameCanBeTakenOnlyOnce() {
        HttpResponse<Map> response = Api.as(client, "admin")
                .post(
                        "/api/users",
                        Map.of("username", "huyen", "password", "mat-khau-dai", "role", "viewer", "unitCode", "087"));

        assertEquals(HttpStatus.CONFLICT, response.getStatus());
        assertEquals("urn:dvk:problem:username-taken", Api.errorBody(response).get("type"));
    }

    private Api loginAs(String username) {
        return Api.withToken(client, login(username, "mat-khau-dai"));
    }

    private String login(String username, String password) {
        HttpResponse<Map> response = client.exchange(
                HttpRequest.POST("/login", Map.of("username", username, "password", password)), Map.class);
        return (String) response.body().get("access_token");
    }

    private HttpStatus get(String token, String uri) {
        return Api.anonymous(client)
                .send(HttpRequest.GET(uri).bearerAuth(token), Map.class)
                .getStatus();
    }
}
