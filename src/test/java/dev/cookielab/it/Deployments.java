package dev.cookielab.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every IT uses: the WAR Maven built, at the context root, as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(builtWarFile()).as(WebArchive.class);
    }

    /** The WAR file Maven built (system property {@code cookielab.war}, set by the pom for the ITs). */
    public static File builtWarFile() {
        File war = new File(System.getProperty("cookielab.war", "target/cookie-lab.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the tests with mvn verify");
        }
        return war;
    }
}
