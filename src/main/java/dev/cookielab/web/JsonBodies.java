package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/** What every tool's JSON shares: one builder factory, and the shape of a problem. */
public final class JsonBodies {

    /** Made once: Json.createObjectBuilder() would look the provider up with a ServiceLoader on every call. */
    public static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private JsonBodies() {
    }

    /** {@code {"errors": [{"field", "code", "message"}, ...]}}: why nothing was done. */
    public static JsonObject errors(List<CookieProblem> errors) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        errors.forEach(error -> list.add(problem(error)));
        return JSON.createObjectBuilder().add("errors", list).build();
    }

    public static JsonObjectBuilder problem(CookieProblem problem) {
        return JSON.createObjectBuilder()
                .add("field", problem.field())
                .add("code", problem.code())
                .add("message", problem.message());
    }
}
