package dev.cookielab.web;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Whether the traffic log is on, set at start by the filter's {@code log} setting and changed at runtime over JMX,
 * as {@code dev.cookielab:type=TrafficLog,server="Catalina/localhost",context="/"}: an operator can silence the
 * log of a busy node and turn it back on without redeploying, and the benchmark compares the same node with the
 * log on and off.
 */
public final class TrafficLogSwitch implements TrafficLogSwitchMXBean {

    private static final String DOMAIN = "dev.cookielab";
    private static final Logger LOG = Logger.getLogger(TrafficLogSwitch.class.getName());

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName name;
    private volatile boolean enabled;
    private boolean registered;

    TrafficLogSwitch(boolean enabled, String virtualServer, String contextPath) {
        this.enabled = enabled;
        this.name = nameOf(virtualServer, contextPath);
    }

    static ObjectName nameOf(String virtualServer, String contextPath) {
        try {
            return new ObjectName(DOMAIN + ":type=TrafficLog,server=" + ObjectName.quote(virtualServer)
                    + ",context=" + ObjectName.quote(contextPath.isEmpty() ? "/" : contextPath));
        } catch (JMException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    ObjectName name() {
        return name;
    }

    /** Shows the switch over JMX; without JMX (a name taken already) the log keeps working, switched at start. */
    void register() {
        try {
            server.registerMBean(this, name);
            registered = true;
        } catch (JMException e) {
            LOG.log(Level.WARNING, "The traffic log's switch is not shown over JMX as " + name, e);
        }
    }

    /** Removes it with the application, so that the MBean server does not keep the application's classes alive. */
    void unregister() {
        if (!registered) {
            return;
        }
        try {
            server.unregisterMBean(name);
            registered = false;
        } catch (JMException e) {
            LOG.log(Level.WARNING, "Could not remove " + name + " from JMX", e);
        }
    }
}
