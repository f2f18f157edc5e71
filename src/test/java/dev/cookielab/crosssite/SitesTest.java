package dev.cookielab.crosssite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SitesTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void withoutTheVariableTheSitesAreLocalhostAnd127001(String text) {
        assertThat(Sites.parse(text)).isEqualTo(Sites.DEFAULT);
        assertThat(Sites.DEFAULT.sibling("LOCALHOST")).isEqualTo("127.0.0.1");
        assertThat(Sites.DEFAULT.sibling("127.0.0.1")).isEqualTo("localhost");
        assertThat(Sites.DEFAULT.sibling("lab.localhost")).isNull();
    }

    @Test
    void aDeploymentNamesItsOwnPair() {
        Sites sites = Sites.parse(" lab-a.example.test , Lab-B.example.test");

        assertThat(sites).isEqualTo(new Sites("lab-a.example.test", "lab-b.example.test"));
        assertThat(sites.sibling("lab-b.example.test")).isEqualTo("lab-a.example.test");
        assertThat(sites.sibling("localhost")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.example", "a.example,a.example", "a,b,c", "a.example,", "a.example,evil/x", "a,*"})
    void anythingButTwoDifferentHostNamesIsRefused(String text) {
        assertThat(Sites.parse(text)).isNull();
    }
}
