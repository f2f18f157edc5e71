package dev.cookielab.cookie.decode;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A payload read as JSON (bounded), shown pretty, with Flask's tags undone, and searched for what should not be in
 * it.
 */
public final class Payloads {

    /** Deeper than any session a framework writes; a hostile value goes no further. */
    static final int MAX_DEPTH = 32;

    /** Looked up once: each Json.createXxx() call would look the provider up with a ServiceLoader. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    static final JsonBuilderFactory JSON = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonWriterFactory PRETTY = PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING,
            true));
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(pass(word)?|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|credit[_-]?card|card[_-]?number|"
                    + "cvv|ssn).*");
    private static final Pattern PERSONAL_KEY = Pattern.compile(
            "(?i).*(e-?mail|phone|mobile|address|birth|dob|first[_-]?name|last[_-]?name|full[_-]?name|surname|iban).*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+");

    private Payloads() {
    }

    /** The text as JSON, if it is JSON of at most {@link #MAX_DEPTH} levels; {@code null} if it is not JSON. */
    static JsonValue json(String text) throws Bytes.Unreadable {
        if (text == null || text.isBlank()) {
            return null;
        }
        int depth = 0;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    if (++depth > MAX_DEPTH) {
                        throw new Bytes.Unreadable("Its JSON nests deeper than " + MAX_DEPTH
                                + " levels, more than any framework writes: the lab stopped reading it.");
                    }
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
            }
        } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException e) {
            return null;
        } catch (JsonException e) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            return null;
        }
    }

    /** The JSON indented (parsson: four spaces), or the string itself. */
    public static String pretty(JsonValue value) {
        if (value == null) {
            return "";
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip();
    }

    static JsonValue string(String text) {
        return PROVIDER.createValue(text);
    }

    /**
     * Flask's tagged JSON (flask/json/tag.py) as plain JSON: {@code " t"} a tuple, {@code " b"} bytes (as text when
     * they are UTF-8), {@code " u"} a UUID, {@code " d"} a date, {@code " m"} markup, {@code " di"} a dict.
     */
    static JsonValue untagged(JsonValue value) {
        if (value instanceof JsonArray array) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            array.forEach(item -> list.add(untagged(item)));
            return list.build();
        }
        if (!(value instanceof JsonObject object)) {
            return value;
        }
        if (object.size() == 1) {
            String tag = object.keySet().iterator().next();
            JsonValue inner = object.get(tag);
            if (inner instanceof JsonString text) {
                switch (tag) {
                    case " b" -> {
                        byte[] bytes = Bytes.base64(text.getString());
                        String utf8 = bytes == null ? null : Bytes.utf8(bytes);
                        return string(utf8 != null ? utf8 : text.getString());
                    }
                    case " u" -> {
                        String hex = text.getString();
                        return string(hex.length() != 32 ? hex : hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-"
                                + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
                    }
                    case " d" -> {
                        try {
                            return string(ZonedDateTime.parse(text.getString(), DateTimeFormatter.RFC_1123_DATE_TIME)
                                    .toInstant().toString());
                        } catch (DateTimeParseException e) {
                            return text;
                        }
                    }
                    case " m" -> {
                        return text;
                    }
                    default -> {
                        // an ordinary key
                    }
                }
            }
            if (tag.equals(" t") && inner instanceof JsonArray) {
                return untagged(inner);
            }
            if (tag.equals(" di") && inner instanceof JsonObject) {
                return untagged(inner);
            }
        }
        JsonObjectBuilder copy = JSON.createObjectBuilder();
        object.forEach((key, item) -> copy.add(key, untagged(item)));
        return copy.build();
    }

    /** Warnings for a readable payload: keys that look like secrets, and personal data (an e-mail address). */
    static List<String> secretsAndPersonalData(JsonValue payload) {
        List<String> secrets = new ArrayList<>();
        List<String> personal = new ArrayList<>();
        walk(payload, "", secrets, personal);
        List<String> warnings = new ArrayList<>();
        if (!secrets.isEmpty()) {
            warnings.add("The payload holds what looks like a password or a token (" + String.join(", ", secrets)
                    + "), readable by anyone who has the cookie: keep it on the server.");
        }
        if (!personal.isEmpty()) {
            warnings.add("The payload carries personal data (" + String.join(", ", personal) + ") in a cookie that is "
                    + "not encrypted: anyone who has the cookie can read it.");
        }
        return warnings;
    }

    private static void walk(JsonValue value, String key, List<String> secrets, List<String> personal) {
        if (value instanceof JsonObject object) {
            object.forEach((name, item) -> walk(item, name, secrets, personal));
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> walk(item, key, secrets, personal));
        } else if (value instanceof JsonString text && !key.isEmpty() && SECRET_KEY.matcher(key).matches()
                && !text.getString().isEmpty()) {
            add(secrets, key);
        } else if (value instanceof JsonString text && (PERSONAL_KEY.matcher(key).matches()
                || EMAIL.matcher(text.getString()).matches())) {
            add(personal, key.isEmpty() ? "an e-mail address" : key);
        }
    }

    private static void add(List<String> names, String name) {
        if (!names.contains(name) && names.size() < 5) {
            names.add(name);
        }
    }
}
