package org.scalingexplorer.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build, as the Maven project names it (pom.xml); Maven writes it into a filtered
 * resource, so the About box and the command line read the same number as the jar's file name.
 */
public final class AppVersion {

    private static final String RESOURCE = "/org/scalingexplorer/version.properties";
    private static final String UNKNOWN = "unknown";

    private AppVersion() {
    }

    /** "0.1.0-SNAPSHOT"; "unknown" when the classes run without Maven's resources (an IDE that skips filtering). */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            // An unfiltered copy still reads "${project.version}".
            return version.isEmpty() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
