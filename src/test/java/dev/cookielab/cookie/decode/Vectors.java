package dev.cookielab.cookie.decode;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The cookies the real frameworks set (src/test/vectors/generate/generate.sh), with their own reading of them. */
public final class Vectors {

    private static final List<JsonObject> ALL = load();

    private Vectors() {
    }

    public static List<JsonObject> all() {
        return ALL;
    }

    /** The vector of that framework and case, as named in the files: "Tornado 6.2", "Tornado set_secure_cookie: JSON". */
    public static JsonObject of(String framework, String kase) {
        return ALL.stream().filter(vector -> vector.getString("framework").equals(framework)
                && vector.getString("case").equals(kase)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no vector " + framework + ": " + kase));
    }

    /** The first vector of that format id. */
    public static JsonObject first(String id) {
        return ALL.stream().filter(vector -> vector.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static List<JsonObject> load() {
        List<JsonObject> all = new ArrayList<>();
        for (String file : List.of("python", "node", "php", "rails", "java")) {
            try (InputStream in = Vectors.class.getResourceAsStream("/decode/vectors/" + file + ".json");
                    JsonReader reader = Json.createReader(in)) {
                reader.readArray().forEach(vector -> all.add(vector.asJsonObject()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(all);
    }
}
