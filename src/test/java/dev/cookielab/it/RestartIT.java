package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The app keeps no state: after it is stopped and started again (a new class loader, a new signer), cookies
 * signed before still verify, because the keys come from COOKIE_LAB_SIGNING_KEYS; and it leaves nothing behind
 * when it stops.
 */
@ExtendWith(ArquillianExtension.class)
class RestartIT {

    private static final String APP = "app";

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void signedCookiesIssuedBeforeARestartStillVerify() throws MalformedURLException {
        Http http = new Http(new URL("http://localhost:" + System.getProperty("it.http.port") + "/"));
        deployer.deploy(APP);
        String cookie;
        try {
            cookie = http.post("/setcookie", List.of("name", "user", "value", "ada", "signed", "on"))
                    .headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "");
        } finally {
            deployer.undeploy(APP);
        }
        assertThat(http.get("/getcookie?name=user", "Cookie", cookie).statusCode()).as("while stopped").isEqualTo(404);

        deployer.deploy(APP);
        try {
            assertThat(Json.parse(http.get("/getcookie?name=user", "Accept", "application/json", "Cookie", cookie).body())
                    .getString("signature")).isEqualTo("valid");
        } finally {
            deployer.undeploy(APP);
        }
    }
}
