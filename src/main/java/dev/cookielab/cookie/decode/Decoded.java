package dev.cookielab.cookie.decode;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a cookie's value is, as far as the lab can tell: docs/decode.md lists each {@code id}.
 *
 * @param name the human name, "Flask session cookie"
 * @param certainty how sure the lab is ({@code certain} once a key verifies it, else {@code likely} or
 *     {@code possible}), and {@code why} says on what it rests
 * @param payload what the value carries, JSON where it is JSON; {@code null} when it carries nothing readable
 * @param issuedLabel what {@code issuedAt} is for this format, as a heading: "Signed", "First visit", "Made"
 * @param wellKnownKey the label of the published default key that verifies it, or {@code null}
 * @param readable who can read the payload, in a sentence
 */
public record Decoded(String id, String name, String certainty, String why, JsonValue payload, Instant issuedAt,
        String issuedLabel, Instant expiresAt, Instant notBefore, String algorithm, boolean compressed,
        boolean encrypted, Verdict signature, String wellKnownKey, String readable, List<String> warnings) {

    /** Whether the signature was checked, and how it came out. */
    public enum Verdict {
        VALID, INVALID, UNCHECKED, NONE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The payload as the page shows it: JSON pretty-printed, a string as it is. */
    public String payloadText() {
        return Payloads.pretty(payload);
    }

    /** The signature's verdict in words, never naming a key of the person's own. */
    public String signatureText() {
        return switch (signature) {
            case VALID -> wellKnownKey != null ? "valid: the well-known key " + wellKnownKey + " verifies it"
                    : encrypted ? "valid: your key decrypts it" : "valid: your key verifies it";
            case INVALID -> encrypted ? "not decrypted: your key is not the one it was encrypted with"
                    : "invalid: your key does not verify it (another key, or a changed value)";
            case UNCHECKED -> encrypted ? "not checked: give its key to decrypt it" : "not checked: give its key to "
                    + "check it (no well-known key verifies it)";
            case NONE -> "none: this format carries no signature";
        };
    }

    /** A word or two for a row of the lab: "Flask session · signed", "JWT HS256 · expired". */
    public String label(Instant now) {
        String state = id.endsWith("-sig") || id.equals("unreadable") ? ""
                : expiresAt != null && expiresAt.isBefore(now) ? "expired"
                : wellKnownKey != null ? "well-known key"
                : encrypted ? "encrypted"
                : signature == Verdict.INVALID ? "bad signature"
                : signature == Verdict.NONE ? (id.equals("unknown") ? "" : "unsigned")
                : "signed";
        String short_ = id.equals("jwt") ? "JWT " + algorithm : id.equals("unknown") ? "no known format" : name;
        return state.isEmpty() ? short_ : short_ + " · " + state;
    }

    static Builder of(String id, String name) {
        return new Builder(id, name);
    }

    /** Built by a format as it reads a value; a verdict and the sentence on who can read it default sensibly. */
    static final class Builder {
        private final String id;
        private final String name;
        private String certainty = "likely";
        private String why = "";
        private JsonValue payload;
        private Instant issuedAt;
        private String issuedLabel = "Signed";
        private Instant expiresAt;
        private Instant notBefore;
        private String algorithm;
        private boolean compressed;
        private boolean encrypted;
        private Verdict signature = Verdict.NONE;
        private String wellKnownKey;
        private String readable;
        private final List<String> warnings = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        Builder why(String certainty, String why) {
            this.certainty = certainty;
            this.why = why;
            return this;
        }

        Builder payload(JsonValue payload) {
            this.payload = payload;
            return this;
        }

        Builder issued(Instant at, String label) {
            this.issuedAt = at;
            this.issuedLabel = label;
            return this;
        }

        Builder expires(Instant at) {
            this.expiresAt = at;
            return this;
        }

        Builder notBefore(Instant at) {
            this.notBefore = at;
            return this;
        }

        Builder algorithm(String algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        Builder compressed(boolean compressed) {
            this.compressed = compressed;
            return this;
        }

        Builder encrypted() {
            this.encrypted = true;
            return this;
        }

        /** The signature's verdict; a key that verifies makes the lab certain of the format. */
        Builder checked(Keys.Check check) {
            this.signature = check.verdict();
            this.wellKnownKey = check.wellKnown();
            if (check.verdict() == Verdict.VALID) {
                this.certainty = "certain";
            }
            return this;
        }

        Builder readable(String readable) {
            this.readable = readable;
            return this;
        }

        /** A warning; {@code null} adds none. */
        Builder warn(String warning) {
            if (warning != null) {
                warnings.add(warning);
            }
            return this;
        }

        Decoded build(Instant now) {
            if (wellKnownKey != null) {
                warnings.add(0, "Signed with a well-known key (" + wellKnownKey + "): anyone can forge this cookie.");
            }
            if (expiresAt != null && expiresAt.isBefore(now)) {
                warnings.add("Expired at " + expiresAt + ": the app refuses it.");
            }
            if (notBefore != null && notBefore.isAfter(now)) {
                warnings.add("Not valid before " + notBefore + ": the app refuses it until then.");
            }
            if (!encrypted && payload != null) {
                warnings.addAll(Payloads.secretsAndPersonalData(payload));
            }
            String who = readable != null ? readable
                    : encrypted ? "Encrypted: only the app, with its key, can read the payload."
                    : signature == Verdict.NONE ? "Not signed, not encrypted: anyone who has this cookie can read it,"
                            + " and anyone can change it."
                    : "Signed, not encrypted: anyone who has this cookie can read the payload; only the key's "
                            + "holder can change it.";
            return new Decoded(id, name, certainty, why, payload, issuedAt, issuedLabel, expiresAt, notBefore,
                    algorithm, compressed, encrypted, signature, wellKnownKey, who, List.copyOf(warnings));
        }
    }
}
