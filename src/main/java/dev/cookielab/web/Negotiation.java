package dev.cookielab.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which form, HTML or JSON, a response takes for the {@code Accept} header (RFC 9110 §12.5.1): each gets the quality
 * of its most specific matching range, and the higher wins; on a tie the form named wins, HTML if both are, else the
 * page's default. A range whose {@code q} is not a number from 0 to 1 is left out.
 */
final class Negotiation {

    enum Form {
        HTML("text/html"), JSON("application/json");

        private final String type;

        Form(String type) {
            this.type = type;
        }
    }

    /** RFC 9110's qvalue, 0 to 1 with up to three decimals; ".5", which clients send too, is read as well. */
    private static final Pattern QVALUE = Pattern.compile("[01](\\.\\d{0,3})?|\\.\\d{1,3}");

    private Negotiation() {
    }

    static Form choose(String accept, Form otherwise) {
        if (accept == null || accept.isBlank()) {
            return otherwise;
        }
        Match html = match(accept, Form.HTML);
        Match json = match(accept, Form.JSON);
        if (json.quality() != html.quality()) {
            return json.quality() > html.quality() ? Form.JSON : Form.HTML;
        }
        if (html.quality() == 0) {
            return otherwise; // neither is acceptable: a 406 would help nobody
        }
        if (html.named()) {
            return Form.HTML;
        }
        return json.named() ? Form.JSON : otherwise;
    }

    /** The quality of the form's most specific range, the first of equally specific ones; and whether it named it. */
    private record Match(double quality, boolean named) {
    }

    private static Match match(String accept, Form form) {
        String anySubtype = form.type.substring(0, form.type.indexOf('/')) + "/*";
        int best = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("*")) {
                type = "*/*"; // Java's HttpURLConnection sends "*; q=.2"
            }
            int slash = type.indexOf('/');
            double q = quality(parts);
            if (slash <= 0 || slash == type.length() - 1 || q < 0) {
                continue;
            }
            int specificity = type.equals(form.type) ? 2 : type.equals(anySubtype) ? 1 : type.equals("*/*") ? 0 : -1;
            if (specificity > best) {
                best = specificity;
                quality = q;
            }
        }
        return new Match(best < 0 ? 0 : quality, best == 2 && quality > 0);
    }

    /** The range's {@code q} parameter: 1 without one, -1 when it is not a quality. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("q")) {
                continue;
            }
            String value = parameter.substring(equals + 1).strip();
            if (!QVALUE.matcher(value).matches()) {
                return -1;
            }
            double q = Double.parseDouble(value);
            return q <= 1 ? q : -1;
        }
        return 1;
    }
}
