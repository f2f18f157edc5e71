package dev.cookielab.web;

/** The traffic log's switch, as JMX shows it (jconsole, or any JMX client attached to Tomcat's JVM). */
public interface TrafficLogSwitchMXBean {

    boolean isEnabled();

    void setEnabled(boolean enabled);
}
