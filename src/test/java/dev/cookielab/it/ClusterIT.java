package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The cross-site lab behind a round-robin balancer over two Tomcats (this test's embedded one and the official
 * distribution), each request to the next node: the run's halves land on different nodes, and it still measures
 * the documented matrix, since every answer travels in the responses and no node keeps anything.
 */
class ClusterIT extends InBrowser {

    private static final int SECOND_NODE = Integer.getInteger("cluster.http.port", 18081);
    private static TomcatNode second;

    @BeforeAll
    static void startSecondNode() throws IOException, InterruptedException {
        second = TomcatNode.start(SECOND_NODE);
    }

    @AfterAll
    static void stopSecondNode() throws IOException, InterruptedException {
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void theExperimentMeasuresTheSameMatrixThroughTheBalancer() throws IOException {
        try (RoundRobin balancer = new RoundRobin(List.of(base.getPort(), SECOND_NODE))) {
            driver.get("http://localhost:" + balancer.port() + "/crosssite");
            Browser.clickAndWait(driver, driver.findElement(By.cssSelector("#run button")));
            awaitComplete();

            assertThat(measuredMatrix()).isEqualTo(CrossSiteLabIT.documented("blocked"));
            Map<Integer, Long> probesPerNode = balancer.served.stream()
                    .filter(served -> served.requestLine().contains("/crosssite/"))
                    .collect(Collectors.groupingBy(RoundRobin.Served::node, Collectors.counting()));
            assertThat(probesPerNode).containsOnlyKeys(base.getPort(), SECOND_NODE);
        }
    }
}
