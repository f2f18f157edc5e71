package dev.cookielab.it;

import jakarta.json.JsonObject;
import java.io.StringReader;

/** Parses JSON response bodies with the JSON-P implementation the app ships. */
final class Json {

    private Json() {
    }

    static JsonObject parse(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
