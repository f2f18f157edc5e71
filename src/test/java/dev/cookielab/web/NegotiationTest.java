package dev.cookielab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.web.Negotiation.Form;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}, {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // header | where HTML is the default | where JSON is the default
            "- | HTML | JSON",
            "'' | HTML | JSON",
            "*/* | HTML | JSON",
            "application/json | JSON | JSON",
            "APPLICATION/JSON | JSON | JSON",
            "text/html | HTML | HTML",
            // both named with the same quality: HTML, as a browser that names JSON at all names HTML first
            "'application/json, text/html' | HTML | HTML",
            // a browser
            "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' | HTML | HTML",
            // axios, and most JSON clients
            "'application/json, text/plain, */*' | JSON | JSON",
            // quality decides, whatever the order
            "'application/json, text/html;q=0' | JSON | JSON",
            "'text/html;q=0.5, application/json' | JSON | JSON",
            "'application/json;q=0.9, text/html;q=0.1' | JSON | JSON",
            "'application/json;q=0.1, text/html;q=0.9' | HTML | HTML",
            "'application/json; q=0' | HTML | JSON",
            "'application/json;q=0, */*' | HTML | HTML",
            // the most specific range counts, not the best
            "'application/*;q=0.2, application/json;q=0.1, text/*;q=0.3' | HTML | HTML",
            "'application/*, text/html;q=0.5' | JSON | JSON",
            "'text/*' | HTML | HTML",
            "'*/*;q=0.1, application/json' | JSON | JSON",
            // Java's HttpURLConnection, with a q that has no leading 0
            "'text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2' | HTML | HTML",
            // neither acceptable: the page's default rather than a 406
            "image/png | HTML | JSON",
            // ranges that are not media ranges, and q that is not a quality, are left out
            "'application/json;q=2, text/html' | HTML | HTML",
            "'application/json;q=abc' | HTML | JSON",
            "'application/json;q=1.0001' | HTML | JSON",
            "'json, html' | HTML | JSON",
            "'application/, /json' | HTML | JSON",
            "'application/json;charset=utf-8;q=0.8, text/html;level=1;q=0.7' | JSON | JSON"})
    void choosesTheFormOfHigherQualityThenTheOneNamedThenTheDefault(String accept, Form htmlFirst, Form jsonFirst) {
        assertThat(Negotiation.choose(accept, Form.HTML)).isEqualTo(htmlFirst);
        assertThat(Negotiation.choose(accept, Form.JSON)).isEqualTo(jsonFirst);
    }
}
