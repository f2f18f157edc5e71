package dev.cookielab.cookie;

/** The syntax of a Cookie header's pairs: names are HTTP tokens (RFC 9110 §5.6.2), blanks are spaces and tabs. */
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

    /** Trims the spaces and tabs around a pair, its name or its value, as RFC 6265bis §5.6 does. */
    public static String trimBlanks(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isBlank(char ch) {
        return ch == ' ' || ch == '\t';
    }

    /** {@code a space}, {@code 'x'} for the rest of printable ASCII, {@code U+0009} for anything else. */
    static String describe(int cp) {
        if (cp == ' ') {
            return "a space";
        }
        return cp > 0x20 && cp < 0x7F ? "'" + (char) cp + "'" : String.format("U+%04X", cp);
    }
}
