package dev.cookielab.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The WAR in the official Tomcat distribution, with {@code docker/server.xml}, started by its own
 * {@code catalina.sh run} as the Docker image starts it, in a base of its own under {@code target/}.
 */
final class TomcatNode {

    private static final Path HOME = Path.of(System.getProperty("tomcat.home", "target/tomcat-dist/none"));

    final Path base;
    final Path console;
    final Http http;
    private final Process tomcat;

    private TomcatNode(Path base, Path console, Http http, Process tomcat) {
        this.base = base;
        this.console = console;
        this.http = http;
        this.tomcat = tomcat;
    }

    /** Starts a node on {@code port}, as a first deployment would: no signing keys. */
    static TomcatNode start(int port) throws IOException, InterruptedException {
        Path base = Files.createTempDirectory(Path.of("target"), "tomcat-dist-base-");
        copyTree(HOME.resolve("conf"), base.resolve("conf"));
        Files.copy(Path.of("docker/server.xml"), base.resolve("conf/server.xml"), StandardCopyOption.REPLACE_EXISTING);
        for (String dir : List.of("logs", "temp", "work", "webapps")) {
            Files.createDirectories(base.resolve(dir));
        }
        Files.copy(Path.of(System.getProperty("cookielab.war", "target/cookie-lab.war")),
                base.resolve("webapps/ROOT.war"));
        Path console = base.resolve("console.txt");

        ProcessBuilder builder = new ProcessBuilder("sh", HOME.resolve("bin/catalina.sh").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        builder.environment().put("CATALINA_HOME", HOME.toString());
        builder.environment().put("CATALINA_BASE", base.toAbsolutePath().toString());
        builder.environment().put("JAVA_OPTS", "-Dhttp.port=" + port);
        builder.environment().remove("CATALINA_OPTS");
        builder.environment().remove("COOKIE_LAB_SIGNING_KEYS");
        TomcatNode node = new TomcatNode(base, console, new Http(new URL("http://localhost:" + port + "/")),
                builder.start());
        node.awaitStart();
        return node;
    }

    private void awaitStart() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                if (http.get("/getcookie").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            if (!tomcat.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Tomcat did not start:\n" + Files.readString(console));
            }
            Thread.sleep(200);
        }
    }

    void stop() throws InterruptedException, IOException {
        tomcat.destroy();
        if (!tomcat.waitFor(30, TimeUnit.SECONDS)) {
            tomcat.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
