package dev.cookielab.cookie.decode;

import java.time.Instant;

/**
 * Session ids: random keys of a session the server keeps, recognised by name and shape. Tomcat
 * (StandardSessionIdGenerator: 16 random bytes in upper-case hex, then {@code .jvmRoute}), Spring Session
 * (DefaultCookieSerializer: base64 of a UUID), PHP (session.sid_length characters of session.sid_bits_per_character
 * bits), ASP.NET Core (Data Protection: encrypted, starting with the magic header 09 F0 C9 F0, "CfDJ8" in base64url).
 */
final class SessionIds {

    private static final String ID_READABLE = "A random id: it says nothing, but whoever has it is logged in as you "
            + "until the session ends.";

    private SessionIds() {
    }

    static Decoded read(String name, String value, Instant now) {
        if (name.equals("JSESSIONID") && value.matches("[0-9A-F]{16,64}(\\.[A-Za-z0-9_-]+)?")) {
            int dot = value.indexOf('.');
            String id = dot < 0 ? value : value.substring(0, dot);
            return Decoded.of("tomcat-session-id", "Tomcat session id")
                    .why("likely", "Named JSESSIONID, " + id.length() + " upper-case hex digits (" + id.length() * 4
                            + " random bits)" + (dot < 0 ? "." : ", then Tomcat's jvmRoute."))
                    .payload(Payloads.string(value)).readable(ID_READABLE)
                    .warn(dot < 0 ? null : "It reveals its jvmRoute, \"" + value.substring(dot + 1) + "\": the name of "
                            + "the server behind the load balancer. Anyone can read it, and pick a node to aim at.")
                    .build(now);
        }
        if (name.equals("SESSION")) {
            byte[] bytes = Bytes.base64(value);
            String uuid = bytes == null ? null : Bytes.utf8(bytes);
            if (uuid != null && Encodings.uuid(uuid) != null) {
                return Decoded.of("spring-session", "Spring Session id")
                        .why("likely", "Named SESSION, base64 of a UUID: Spring Session's cookie serializer.")
                        .payload(Payloads.string(uuid)).readable(ID_READABLE).build(now);
            }
        }
        if (name.equals("PHPSESSID") && value.matches("[0-9a-zA-Z,-]{22,256}")) {
            int bits = value.matches("[0-9a-f]+") ? 4 : value.matches("[0-9a-v]+") ? 5 : 6;
            return Decoded.of("php-session-id", "PHP session id")
                    .why("likely", "Named PHPSESSID, " + value.length() + " characters of " + bits + " bits each "
                            + "(session.sid_bits_per_character=" + bits + "): " + value.length() * bits
                            + " random bits.")
                    .payload(Payloads.string(value)).readable(ID_READABLE).build(now);
        }
        if (name.startsWith(".AspNetCore.") && value.startsWith("CfDJ8")) {
            return Decoded.of("aspnetcore-protected", "ASP.NET Core protected cookie")
                    .why("likely", "Named " + name + ", base64url starting CfDJ8: ASP.NET Core Data Protection's "
                            + "magic header. It is encrypted with the app's key ring, which no pasted key can stand "
                            + "for: the lab does not decrypt it.")
                    .encrypted().checked(new Keys.Check(Decoded.Verdict.UNCHECKED, null)).build(now);
        }
        return null;
    }
}
