package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The WAR as it ships serves its views from servlets JspC compiled at build time: it carries no JSP source, so
 * every other IT, which deploys this WAR, renders its pages through them; here, that each view has its servlet.
 */
class PrecompiledViewsIT {

    private static final Path VIEWS = Path.of("webapp/WEB-INF/views");

    @Test
    void everyViewIsACompiledServletMappedAtItsPathAndNoSourceShips() throws Exception {
        List<String> views = viewPaths();
        assertThat(views).contains("/WEB-INF/views/lab/get.jsp", "/WEB-INF/views/error/status.jsp");

        try (ZipFile war = new ZipFile(Deployments.builtWarFile())) {
            assertThat(war.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.endsWith(".jsp") || name.endsWith(".jspf"));
            Map<String, String> servletAt = servletMappings(war);
            for (String view : views) {
                String servletClass = servletAt.get(view);
                assertThat(servletClass).as("servlet mapped at " + view).isNotNull();
                assertThat(war.getEntry("WEB-INF/classes/" + servletClass.replace('.', '/') + ".class"))
                        .as("compiled " + view).isNotNull();
            }
        }
    }

    private static List<String> viewPaths() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(file -> file.toString().endsWith(".jsp"))
                    .map(file -> "/WEB-INF/views/" + VIEWS.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }

    /** URL pattern to servlet class, from the WAR's web.xml. */
    private static Map<String, String> servletMappings(ZipFile war) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document webXml;
        try (InputStream in = war.getInputStream(war.getEntry("WEB-INF/web.xml"))) {
            webXml = factory.newDocumentBuilder().parse(in);
        }
        Map<String, String> classOf = new HashMap<>();
        NodeList servlets = webXml.getElementsByTagName("servlet");
        for (int i = 0; i < servlets.getLength(); i++) {
            Element servlet = (Element) servlets.item(i);
            classOf.put(text(servlet, "servlet-name"), text(servlet, "servlet-class"));
        }
        Map<String, String> servletAt = new HashMap<>();
        NodeList mappings = webXml.getElementsByTagName("servlet-mapping");
        for (int i = 0; i < mappings.getLength(); i++) {
            Element mapping = (Element) mappings.item(i);
            servletAt.put(text(mapping, "url-pattern"), classOf.get(text(mapping, "servlet-name")));
        }
        return servletAt;
    }

    private static String text(Element parent, String child) {
        return parent.getElementsByTagName(child).item(0).getTextContent().trim();
    }
}
