package dev.cookielab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class TrafficLogSwitchTest {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void isNamedAfterTheServerAndTheContextWithTheRootAsSlash() throws JMException {
        assertThat(TrafficLogSwitch.nameOf("Catalina/localhost", "")).isEqualTo(
                new ObjectName("dev.cookielab:type=TrafficLog,server=\"Catalina/localhost\",context=\"/\""));
        assertThat(TrafficLogSwitch.nameOf("Catalina/localhost", "/a,b=\"c\"*").getKeyProperty("context"))
                .isEqualTo(ObjectName.quote("/a,b=\"c\"*"));
    }

    @Test
    void aJmxClientTurnsTheLogOffAndOnAgain() throws JMException {
        TrafficLogSwitch logSwitch = new TrafficLogSwitch(true, "test", "/switch");
        logSwitch.register();
        try {
            server.setAttribute(logSwitch.name(), new Attribute("Enabled", false));
            assertThat(logSwitch.isEnabled()).isFalse();
            assertThat(server.getAttribute(logSwitch.name(), "Enabled")).isEqualTo(false);

            server.setAttribute(logSwitch.name(), new Attribute("Enabled", true));
            assertThat(logSwitch.isEnabled()).isTrue();
        } finally {
            logSwitch.unregister();
        }
        assertThat(server.isRegistered(logSwitch.name())).isFalse();
    }

    @Test
    void aSecondSwitchUnderATakenNameLeavesTheFirstInPlaceAndIsNotSwitchedWithIt() throws JMException {
        TrafficLogSwitch first = new TrafficLogSwitch(true, "test", "/taken");
        TrafficLogSwitch second = new TrafficLogSwitch(true, "test", "/taken");
        first.register();
        try {
            second.register();
            second.unregister();

            assertThat(server.isRegistered(first.name())).isTrue();
            server.setAttribute(first.name(), new Attribute("Enabled", false));
            assertThat(first.isEnabled()).isFalse();
            assertThat(second.isEnabled()).isTrue();
        } finally {
            first.unregister();
        }
    }
}
