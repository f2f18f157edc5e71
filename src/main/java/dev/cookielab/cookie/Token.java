package dev.cookielab.cookie;

/** A cookie name's syntax: an HTTP token (RFC 9110 §5.6.2), and how a character outside it is named to a person. */
public final class Token {

    private Token() {
    }

    public static boolean isToken(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Token::isTokenChar);
    }

    static boolean isTokenChar(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(cp) >= 0;
    }

    /** {@code a space}, {@code 'x'} for the rest of printable ASCII, {@code U+0009} for anything else. */
    static String describe(int cp) {
        if (cp == ' ') {
            return "a space";
        }
        return cp > 0x20 && cp < 0x7F ? "'" + (char) cp + "'" : String.format("U+%04X", cp);
    }
}
