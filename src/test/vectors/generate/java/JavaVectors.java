import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Starts Tomcat (with a jvmRoute) and Spring Session's filter, and prints the session cookies they set. */
public class JavaVectors {

    public static void main(String[] args) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setPort(0);
        tomcat.setBaseDir(java.nio.file.Files.createTempDirectory("vectors").toString());
        tomcat.getEngine().setJvmRoute("node1");
        Context plain = tomcat.addContext("/tomcat", null);
        Tomcat.addServlet(plain, "session", new SessionServlet());
        plain.addServletMappingDecoded("/", "session");
        Context spring = tomcat.addContext("/spring", null);
        Tomcat.addServlet(spring, "session", new SessionServlet());
        spring.addServletMappingDecoded("/", "session");
        FilterDef filter = new FilterDef();
        filter.setFilterName("springSession");
        filter.setFilter(new SessionRepositoryFilter<>(new MapSessionRepository(new java.util.HashMap<>())));
        spring.addFilterDef(filter);
        FilterMap map = new FilterMap();
        map.setFilterName("springSession");
        map.addURLPattern("/*");
        spring.addFilterMap(map);
        tomcat.getConnector();
        tomcat.start();
        int port = tomcat.getConnector().getLocalPort();
        List<String> vectors = new ArrayList<>();
        for (String[] app : new String[][] {{"tomcat", "Tomcat " + org.apache.catalina.util.ServerInfo.getServerNumber()
                + " (jvmRoute node1)", "tomcat-session-id", "JSESSIONID"}, {"spring", "Spring Session "
                + SessionRepositoryFilter.class.getPackage().getImplementationVersion() + " on Tomcat", "spring-session",
                "SESSION"}}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/" + app[0] + "/")).build(), HttpResponse.BodyHandlers.ofString());
            String line = response.headers().firstValue("Set-Cookie").orElseThrow();
            String value = line.substring(line.indexOf('=') + 1).split(";")[0];
            vectors.add(String.format("{\"framework\": \"%s\", \"case\": \"%s\", \"id\": \"%s\", \"setCookie\": \"%s\", "
                    + "\"name\": \"%s\", \"value\": \"%s\", \"key\": null, \"payload\": \"%s\", \"issuedAt\": null, "
                    + "\"expiresAt\": null, \"notBefore\": null, \"compressed\": false, \"algorithm\": null, "
                    + "\"companion\": null}", app[1], app[3] + " of a new session", app[2], line, app[3], value,
                    response.body()));
        }
        tomcat.stop();
        System.out.println("[\n " + String.join(",\n ", vectors) + "\n]");
    }

    /** Starts a session and answers its id, as the container or Spring Session gives it to the app. */
    static class SessionServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
            request.getSession(true).setAttribute("user", "ada");
            response.getWriter().print(request.getSession().getId());
        }
    }
}
