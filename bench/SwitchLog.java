import com.sun.tools.attach.VirtualMachine;
import java.util.Set;
import javax.management.Attribute;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Turns Cookie Lab's traffic log on or off in a running Tomcat, over JMX, as jconsole would:
 * {@code java bench/SwitchLog.java PID on|off}. Attaches to the JVM (same user), starts its local JMX agent if it
 * is not running, and sets {@code Enabled} on every {@code dev.cookielab:type=TrafficLog} switch it finds.
 */
public class SwitchLog {

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[1].matches("on|off")) {
            System.err.println("usage: java SwitchLog.java PID on|off");
            System.exit(2);
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            Set<ObjectName> switches = server.queryNames(new ObjectName("dev.cookielab:type=TrafficLog,*"), null);
            if (switches.isEmpty()) {
                System.err.println("no Cookie Lab traffic log in JVM " + args[0]);
                System.exit(1);
            }
            for (ObjectName name : switches) {
                server.setAttribute(name, new Attribute("Enabled", args[1].equals("on")));
            }
        }
    }
}
