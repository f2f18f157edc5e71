import com.sun.management.ThreadMXBean;
import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * {@code java bench/SwitchLog.java PID alternate SLICES SECONDS} switches it every slice and measures what it costs
 * (bench/log-cost.sh). {@code java bench/SwitchLog.java PID profile AGENT ROUNDS SECONDS DIR} records a CPU profile
 * with async-profiler (the agent library {@code AGENT}) for each state of the log in turn (bench/log-profile.sh).
 */
public class SwitchLog {

    /** How long a slice waits after switching, before it counts: requests under way finish as they started. */
    private static final long SETTLE_MILLIS = 500;

    record Slice(boolean on, double requestsPerSecond, double processMicros, double requestThreadMicros,
            double writerMicros) {
    }

    public static void main(String[] args) throws Exception {
        boolean once = args.length == 2 && args[1].matches("on|off");
        boolean profile = args.length == 6 && args[1].equals("profile");
        if (!once && !profile && !(args.length == 4 && args[1].equals("alternate"))) {
            System.err.println("usage: java SwitchLog.java PID on|off, or PID alternate SLICES SECONDS,"
                    + " or PID profile AGENT ROUNDS SECONDS DIR");
            System.exit(2);
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            Set<ObjectName> switches = server.queryNames(new ObjectName("dev.cookielab:type=TrafficLog,*"), null);
            if (switches.isEmpty()) {
                System.err.println("no Cookie Lab traffic log in JVM " + args[0]);
                System.exit(1);
            }
            if (once) {
                setEnabled(server, switches, args[1].equals("on"));
            } else if (profile) {
                profile(vm, server, switches, args[2], Integer.parseInt(args[3]), Long.parseLong(args[4]) * 1000,
                        args[5]);
            } else {
                alternate(server, switches, Integer.parseInt(args[2]), Math.round(Double.parseDouble(args[3]) * 1000));
            }
        } finally {
            vm.detach();
        }
    }

    /**
     * Records a CPU profile of the whole JVM (async-profiler, every millisecond of CPU, split by thread) for each
     * state of the log in turn, on then off, then off then on, ..., each after a second's settling, and prints the
     * requests Tomcat served during each: {@code DIR/on-1.collapsed} and so on, for bench/profile_report.py.
     */
    private static void profile(VirtualMachine vm, MBeanServerConnection server, Set<ObjectName> switches,
            String agent, int rounds, long millis, String dir) throws Exception {
        Set<ObjectName> processors = processors(server);
        for (int round = 1; round <= rounds; round++) {
            for (boolean on : round % 2 == 1 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                setEnabled(server, switches, on);
                Thread.sleep(SETTLE_MILLIS * 2);
                String file = dir + "/" + (on ? "on-" : "off-") + round + ".collapsed";
                long served = served(server, processors);
                long start = System.nanoTime();
                vm.loadAgentPath(agent, "start,event=cpu,interval=1ms,threads");
                Thread.sleep(millis);
                vm.loadAgentPath(agent, "stop,collapsed,file=" + file);
                double requests = served(server, processors) - served;
                System.out.printf("%s %.0f requests %.0f req/s%n", file, requests,
                        requests / ((System.nanoTime() - start) / 1e9));
            }
        }
        setEnabled(server, switches, true);
    }

    private static void setEnabled(MBeanServerConnection server, Set<ObjectName> switches, boolean on)
            throws Exception {
        for (ObjectName name : switches) {
            server.setAttribute(name, new Attribute("Enabled", on));
        }
    }

    /**
     * Switches the log on and off every slice, in the order on off off on on off off on ..., while something else
     * (bench/log-cost.sh: wrk) keeps the node busy, and prints each slice's requests/s and CPU per request: the
     * process, its request threads, the log's writer thread. Each log-on slice is then compared with the log-off
     * slices either side of it, so that the machine's own drift (on a shared two-core VM its speed wanders by a
     * third within minutes) weighs alike on both.
     */
    private static void alternate(MBeanServerConnection server, Set<ObjectName> switches, int slices,
            long sliceMillis) throws Exception {
        Set<ObjectName> processors = processors(server);
        ThreadMXBean threads = ManagementFactory.newPlatformMXBeanProxy(server,
                ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
        ObjectName os = new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME);
        List<Slice> measured = new ArrayList<>();
        System.out.printf("%-6s%-5s%9s%14s%14s%14s%14s%n", "slice", "log", "req/s", "process us", "requests us",
                "writer us", "rest us");
        for (int i = 0; i < slices; i++) {
            boolean on = (i + 1) / 2 % 2 == 0;
            setEnabled(server, switches, on);
            Thread.sleep(SETTLE_MILLIS);
            // Tomcat starts request threads as the load needs them: listed again for every slice.
            long[] requestThreads = threadsNamed(threads, "-exec-");
            long[] writer = threadsNamed(threads, "AsyncFileHandlerWriter-cookie-traffic");
            long served = served(server, processors);
            long process = (Long) server.getAttribute(os, "ProcessCpuTime");
            long requestCpu = cpu(threads, requestThreads);
            long writerCpu = cpu(threads, writer);
            long start = System.nanoTime();
            Thread.sleep(sliceMillis);
            double requests = served(server, processors) - served;
            double elapsed = (System.nanoTime() - start) / 1e9;
            Slice slice = new Slice(on, requests / elapsed,
                    ((Long) server.getAttribute(os, "ProcessCpuTime") - process) / 1e3 / requests,
                    (cpu(threads, requestThreads) - requestCpu) / 1e3 / requests,
                    (cpu(threads, writer) - writerCpu) / 1e3 / requests);
            measured.add(slice);
            System.out.printf("%-6d%-5s%9.0f%14.1f%14.1f%14.1f%14.1f%n", i + 1, on ? "on" : "off",
                    slice.requestsPerSecond(), slice.processMicros(), slice.requestThreadMicros(),
                    slice.writerMicros(), slice.processMicros() - slice.requestThreadMicros() - slice.writerMicros());
        }
        summarize(measured);
    }

    private static void summarize(List<Slice> slices) {
        List<Double> ratios = new ArrayList<>();
        List<Double> extraCpu = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            if (!slices.get(i).on()) {
                continue;
            }
            List<Slice> neighbours = new ArrayList<>();
            for (int j : new int[] {i - 1, i + 1}) {
                if (j >= 0 && j < slices.size() && !slices.get(j).on()) {
                    neighbours.add(slices.get(j));
                }
            }
            if (neighbours.isEmpty()) {
                continue;
            }
            double offRate = neighbours.stream().mapToDouble(Slice::requestsPerSecond).average().orElseThrow();
            double offCpu = neighbours.stream().mapToDouble(Slice::processMicros).average().orElseThrow();
            ratios.add(slices.get(i).requestsPerSecond() / offRate);
            extraCpu.add(slices.get(i).processMicros() - offCpu);
        }
        double[] r = quartiles(ratios);
        double[] c = quartiles(extraCpu);
        System.out.printf("requests/s log on / off, each on slice against the off slices beside it (%d pairs): "
                + "median %.3f, quartiles %.3f-%.3f%n", ratios.size(), r[1], r[0], r[2]);
        System.out.printf("process CPU per request, log on minus off: median %.1f us, quartiles %.1f-%.1f us%n",
                c[1], c[0], c[2]);
        for (boolean on : new boolean[] {true, false}) {
            List<Slice> these = slices.stream().filter(s -> s.on() == on).toList();
            System.out.printf("log %-3s median per request: process %.1f us, request threads %.1f us, writer %.1f us"
                    + " (%d slices, %.0f req/s)%n", on ? "on" : "off",
                    median(these.stream().map(Slice::processMicros).toList()),
                    median(these.stream().map(Slice::requestThreadMicros).toList()),
                    median(these.stream().map(Slice::writerMicros).toList()), these.size(),
                    median(these.stream().map(Slice::requestsPerSecond).toList()));
        }
    }

    private static long[] threadsNamed(ThreadMXBean threads, String part) {
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && info.getThreadName().contains(part))
                .mapToLong(ThreadInfo::getThreadId)
                .toArray();
    }

    /** CPU time of these threads, in ns; a thread that has ended counts as nothing. */
    private static long cpu(ThreadMXBean threads, long[] ids) {
        return ids.length == 0 ? 0 : Arrays.stream(threads.getThreadCpuTime(ids)).filter(t -> t > 0).sum();
    }

    /** Tomcat's request counters, one for each connector. */
    private static Set<ObjectName> processors(MBeanServerConnection server) throws Exception {
        return server.queryNames(new ObjectName("Catalina:type=GlobalRequestProcessor,*"), null);
    }

    private static long served(MBeanServerConnection server, Set<ObjectName> processors) throws Exception {
        long total = 0;
        for (ObjectName name : processors) {
            total += ((Number) server.getAttribute(name, "requestCount")).longValue();
        }
        return total;
    }

    private static double median(List<Double> values) {
        return quartiles(values)[1];
    }

    /** The lower quartile, the median and the upper quartile, each the middle of its sorted half. */
    private static double[] quartiles(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {middle(sorted, 0, sorted.length / 2), middle(sorted, 0, sorted.length),
                middle(sorted, (sorted.length + 1) / 2, sorted.length)};
    }

    private static double middle(double[] sorted, int from, int to) {
        if (to <= from) {
            return Double.NaN;
        }
        int n = to - from;
        return n % 2 == 1 ? sorted[from + n / 2] : (sorted[from + n / 2 - 1] + sorted[from + n / 2]) / 2;
    }
}
