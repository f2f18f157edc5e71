package dev.cookielab.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which of its two forms, HTML or JSON, a response takes for the request's {@code Accept} header (RFC 9110
 * §12.5.1): each form gets the quality of the most specific range that matches it ({@code application/json} over
 * {@code application/*} over {@code *}{@code /*}), and the higher quality wins. On a tie the form the client named
 * itself wins, HTML if it named both; otherwise the page's own default. A range whose {@code q} is not a number
 * from 0 to 1 is left out, as if it had not been sent.
 */
final class Negotiation {

    enum Form { HTML, JSON }

    private static final Target HTML = new Target("text", "html");
    private static final Target JSON = new Target("application", "json");
    /** RFC 9110's qvalue, 0 to 1 with up to three decimals; ".5", which clients send too, is read as well. */
    private static final Pattern QVALUE = Pattern.compile("[01](\\.\\d{0,3})?|\\.\\d{1,3}");

    private Negotiation() {
    }

    static Form choose(String accept, Form otherwise) {
        if (accept == null || accept.isBlank()) {
            return otherwise;
        }
        Match html = new Match();
        Match json = new Match();
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
            String main = type.substring(0, slash);
            String sub = type.substring(slash + 1);
            html.offer(HTML.specificity(main, sub), q);
            json.offer(JSON.specificity(main, sub), q);
        }
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

    private record Target(String main, String sub) {

        /** 2 for the type itself, 1 for its main type with {@code *}, 0 for {@code *}{@code /*}, -1 otherwise. */
        int specificity(String rangeMain, String rangeSub) {
            if (rangeMain.equals("*")) {
                return rangeSub.equals("*") ? 0 : -1;
            }
            if (!rangeMain.equals(main)) {
                return -1;
            }
            return rangeSub.equals(sub) ? 2 : rangeSub.equals("*") ? 1 : -1;
        }
    }

    /** The most specific range seen so far for one form; the first of equally specific ones counts. */
    private static final class Match {
        private int specificity = -1;
        private double quality;

        void offer(int rangeSpecificity, double rangeQuality) {
            if (rangeSpecificity > specificity) {
                specificity = rangeSpecificity;
                quality = rangeQuality;
            }
        }

        double quality() {
            return specificity < 0 ? 0 : quality;
        }

        boolean named() {
            return specificity == 2 && quality > 0;
        }
    }
}
