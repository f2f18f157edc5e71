package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.cookie.decode.Vectors;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Decode as a person uses it in Chromium: a pasted Flask cookie, and a JWT row of the lab followed to its decoding. */
class DecodeBrowserIT extends InBrowser {

    @Test
    void aPastedFlaskSessionCookieShowsItsPayloadAndWhoCanReadIt() {
        JsonObject flask = Vectors.of("Flask 2.2.2 (itsdangerous 2.1.2)", "Flask session: a session of one key");
        open("/explain");
        WebElement text = driver.findElement(By.id("text"));
        text.clear();
        text.sendKeys(flask.getString("value"));
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.explain-form button[value=explain]")));

        WebElement decoded = driver.findElement(By.cssSelector("[data-value] .decoded"));
        assertThat(decoded.getAttribute("data-format")).isEqualTo("flask-session");
        assertThat(decoded.findElement(By.cssSelector("p.readable")).getText())
                .startsWith("Signed, not encrypted: anyone who has this cookie can read the payload");
        assertThat(decoded.findElement(By.cssSelector("pre.payload")).getText()).isEqualTo("{\n    \"user\": \"ada\"\n}");
        assertThat(decoded.findElement(By.cssSelector(".warnings")).getText())
                .contains("Signed with a well-known key (\"dev\"): anyone can forge this cookie.");
        assertThat(driver.findElement(By.id("key")).getAttribute("autocomplete")).isEqualTo("off");
    }

    @Test
    void aJwtRowOfTheLabLinksToItsFullDecoding() {
        JsonObject jwt = Vectors.of("PyJWT 2.6.0", "PyJWT HS256");
        open("/");
        openForm();
        for (String[] field : new String[][] {{"name", "token"}, {"value", jwt.getString("value")}}) {
            WebElement input = driver.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.cookie-form button[value='set']")));
        open("/");

        WebElement row = driver.findElement(By.cssSelector("a.format[data-format=jwt]"));
        assertThat(row.getText()).isEqualTo("JWT HS256 · expired");
        Browser.clickAndWait(driver, row);

        assertThat(driver.getCurrentUrl()).endsWith("/decode?cookie=token");
        WebElement decoded = driver.findElement(By.cssSelector("article[data-name=token] .decoded"));
        assertThat(decoded.getAttribute("data-format")).isEqualTo("jwt");
        assertThat(decoded.findElement(By.cssSelector("pre.payload")).getText()).contains("\"sub\": \"ada\"");
        assertThat(decoded.findElement(By.cssSelector(".warnings")).getText())
                .contains("well-known key (\"your-256-bit-secret\")").contains("Expired at 2026-01-01T01:00:00Z");
    }
}
