package dev.cookielab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cookielab.cookie.CookieProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormInputTest {

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "application/x-www-form-urlencoded;charset=UTF-8",
            "Application/X-WWW-Form-URLEncoded ; charset=ISO-8859-1", " application/x-www-form-urlencoded "})
    void aUrlEncodedFormIsRead(String contentType) {
        assertThat(FormInput.unsupported(contentType)).isNull();
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource(delimiter = '|', value = {
            "application/x-www-form-urlencoded; charset=bogus-42 | bogus-42, which the server does not know",
            "application/x-www-form-urlencoded; charset=utf-16 | utf-16, in which the server cannot find",
            "application/x-www-form-urlencoded;charset=\"UTF-32\" | UTF-32, in which the server cannot find"})
    void aFormInACharsetTomcatCannotReadIsRefusedNamingIt(String contentType, String message) {
        FormInput.Refusal refusal = FormInput.unsupported(contentType);

        assertThat(refusal.status()).isEqualTo(415);
        assertThat(refusal.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(FormInput.UNSUPPORTED);
            assertThat(problem.message()).contains("charset=" + message, "Send it in UTF-8");
        });
    }

    @Test
    void aFieldWhoseBytesWereNotUtf8IsRefusedByName() {
        FormInput.Refusal refusal = FormInput.notUtf8(Map.of("name", new String[] {"n"},
                "value", new String[] {"caf\uFFFD"}));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("value");
            assertThat(problem.code()).isEqualTo(FormInput.UNREADABLE);
            assertThat(problem.message()).startsWith("value holds bytes that are not UTF-8");
        });
        assertThat(FormInput.notUtf8(Map.of("value", new String[] {"café"}))).isNull();
    }

    @Test
    void aRequestWithoutABodyTypeIsReadAsAnEmptyForm() {
        assertThat(FormInput.unsupported(null)).isNull();
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"multipart/form-data; boundary=x", "application/json", "text/plain",
            "application/x-www-form-urlencoded-extra", "", "application/x-www-form-urlencodedx; charset=UTF-8"})
    void anyOtherBodyIsRefusedWith415SayingWhatToSend(String contentType) {
        FormInput.Refusal refusal = FormInput.unsupported(contentType);

        assertThat(refusal.status()).isEqualTo(415);
        assertThat(refusal.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(FormInput.UNSUPPORTED);
            assertThat(problem.message()).contains("application/x-www-form-urlencoded", "curl -d", "curl -F");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "URL_DECODING            | 400 | a % that is not followed by two hexadecimal digits",
            "NO_NAME                 | 400 | a value but no name",
            "TOO_MANY_PARAMETERS     | 400 | more fields than the server reads",
            "POST_TOO_LARGE          | 413 | larger than the server reads",
            "REQUEST_BODY_INCOMPLETE | 400 | did not arrive whole",
            "CLIENT_DISCONNECT       | 400 | did not arrive whole",
            "IO_ERROR                | 400 | did not arrive whole",
            "INVALID_CONTENT_TYPE    | 400 | its type is not one the server reads",
            "UNKNOWN                 | 400 | could not decode it"})
    void tomcatsReasonForSkippingParametersIsGivenInWords(String reason, int status, String words) {
        FormInput.Refusal refusal = FormInput.unreadable(reason);

        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(FormInput.UNREADABLE);
            assertThat(problem.field()).isEmpty();
            assertThat(problem.message()).startsWith("The request's parameters could not all be read: ")
                    .contains(words);
        });
    }

    @Test
    void eachSingleFieldSentMoreThanOnceIsNamed() {
        FormInput.Refusal refusal = FormInput.repeated(Map.of(
                "name", new String[] {"a", "b"},
                "value", new String[] {"1"},
                "path", new String[] {"/", "/x", "/y"},
                "secure", new String[] {"off", "on"}), List.of("name", "value", "path", "domain"));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.problems()).extracting(CookieProblem::field, CookieProblem::code).containsExactly(
                tuple("name", FormInput.REPEATED), tuple("path", FormInput.REPEATED));
        assertThat(refusal.problems()).extracting(CookieProblem::message).containsExactly(
                "name was sent 2 times. Send it once: Cookie Lab does not guess which one was meant.",
                "path was sent 3 times. Send it once: Cookie Lab does not guess which one was meant.");
    }

    @Test
    void fieldsSentOnceOrNotAtAllAndRepeatedFlagsPass() {
        assertThat(FormInput.repeated(Map.of("name", new String[] {"a"}, "secure", new String[] {"off", "on"}),
                List.of("name", "value"))).isNull();
    }
}
