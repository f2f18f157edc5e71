package dev.cookielab.lab;

import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieSigner;
import dev.cookielab.cookie.Signature;
import dev.cookielab.cookie.decode.Decoded;
import dev.cookielab.cookie.decode.Decoder;
import dev.cookielab.cookie.decode.Keys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each cookie of a row is, as the decoder reads it without a key (it still tries the well-known ones). */
final class Formats {

    private Formats() {
    }

    /** In the order of the reports; a cookie this lab signed is read without its signature. */
    static List<Decoded> of(List<CookieReport> reports, Instant now) {
        Map<String, String> all = new LinkedHashMap<>();
        reports.forEach(report -> all.putIfAbsent(report.name(), report.raw()));
        return reports.stream().map(report -> Decoder.decode(report.name(), report.signature() == Signature.UNSIGNED
                ? report.raw() : CookieSigner.unsigned(report.raw()), all, Keys.of(null), now)).toList();
    }
}
