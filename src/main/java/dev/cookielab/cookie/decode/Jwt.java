package dev.cookielab.cookie.decode;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import dev.cookielab.cookie.decode.Decoded.Verdict;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;

/**
 * A JSON Web Token in compact form (RFC 7515, RFC 7519), parsed by nimbus-jose-jwt. HS256/384/512 are checked with
 * the JDK's Mac, since nimbus refuses HMAC keys under 256 bits and the published default keys are shorter; RS256 and
 * ES256 with nimbus' verifiers and a PEM (or JWK) public key.
 */
final class Jwt {

    private Jwt() {
    }

    static Decoded read(String value, Keys keys, Instant now) throws Bytes.Unreadable {
        if (!value.startsWith("eyJ") || !value.matches("[A-Za-z0-9_.-]+") || value.chars().filter(c -> c == '.')
                .count() < 2) {
            return null;
        }
        JOSEObject token;
        try {
            token = JOSEObject.parse(value);
        } catch (ParseException e) {
            return null;
        }
        String alg = token.getHeader().getAlgorithm() == null ? "none" : token.getHeader().getAlgorithm().getName();
        if (token instanceof JWEObject) {
            return Decoded.of("jwt-encrypted", "Encrypted JWT (JWE)")
                    .why("likely", "Five base64url parts: a JWE, encrypted with " + alg + " and "
                            + ((JWEObject) token).getHeader().getEncryptionMethod() + ".")
                    .payload(Payloads.json(token.getHeader().toString())).algorithm(alg).encrypted().build(now);
        }
        JsonValue payload = Payloads.json(token.getPayload().toString());
        Decoded.Builder found = Decoded.of("jwt", "JSON Web Token").algorithm(alg)
                .payload(payload != null ? payload : Payloads.string(token.getPayload().toString()));
        if (payload instanceof JsonObject claims) {
            found.issued(instant(claims, "iat"), "Issued (iat)").expires(instant(claims, "exp"))
                    .notBefore(instant(claims, "nbf"));
        }
        if (token instanceof PlainObject || alg.equalsIgnoreCase("none")) {
            return found.why("likely", "A JWT whose header says alg: none: it has no signature.")
                    .warn("alg: none: this token is not signed. An app that accepts it lets anyone write their own.")
                    .build(now);
        }
        JWSObject jws = (JWSObject) token;
        byte[] signature = jws.getSignature().decode();
        byte[] input = jws.getSigningInput();
        Keys.Check check = switch (alg) {
            case "HS256", "HS384", "HS512" -> keys.check(secret -> Bytes.same(signature,
                    Bytes.hmac("HmacSHA" + alg.substring(2), secret, input)));
            case "RS256", "ES256" -> keys.checkGiven(text -> verifies(jws, text));
            default -> new Keys.Check(Verdict.UNCHECKED, null);
        };
        return found.why("likely", "Three base64url parts, the header {\"alg\":\"" + alg + "\"…}: a signed JWT"
                        + (check.verdict() == Verdict.VALID ? ", verified with the key." : "."))
                .checked(check)
                .warn(keys.given() && alg.matches("RS256|ES256") && publicKey(keys.text()) == null ? "The key is not "
                        + "a public key in PEM (-----BEGIN PUBLIC KEY-----) or JWK form: " + alg + " is checked with "
                        + "the signer's public key." : null)
                .build(now);
    }

    private static boolean verifies(JWSObject jws, String text) {
        PublicKey key = publicKey(text);
        try {
            return key instanceof RSAPublicKey rsa ? jws.verify(new RSASSAVerifier(rsa))
                    : key instanceof ECPublicKey ec && jws.verify(new ECDSAVerifier(ec));
        } catch (JOSEException e) {
            return false;
        }
    }

    /** A PEM public key or certificate, or a JWK; {@code null} if the text is neither. */
    static PublicKey publicKey(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("{")) {
                return JWK.parse(trimmed) instanceof AsymmetricJWK asymmetric ? asymmetric.toPublicKey() : null;
            }
            if (trimmed.startsWith("-----BEGIN CERTIFICATE-----")) {
                return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(
                        Bytes.utf8(trimmed))).getPublicKey();
            }
            if (!trimmed.startsWith("-----BEGIN PUBLIC KEY-----")) {
                return null;
            }
            byte[] der = Base64.getMimeDecoder().decode(trimmed.replaceAll("-----[A-Z ]+-----", ""));
            for (String type : new String[] {"RSA", "EC"}) {
                try {
                    return KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der));
                } catch (GeneralSecurityException e) {
                    // not that type: try the next
                }
            }
            return null;
        } catch (ParseException | JOSEException | GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(JsonObject claims, String claim) {
        return claims.get(claim) instanceof JsonNumber number && number.isIntegral()
                && Math.abs(number.longValue()) < 100_000_000_000L ? Instant.ofEpochSecond(number.longValue()) : null;
    }
}
