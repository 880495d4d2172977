package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.AppVersion;
import org.w3c.dom.Element;

/** Help > About names the version of the build, the one pom.xml gives, in both languages. */
class AboutVersionTest {

    static String pomVersion() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        for (org.w3c.dom.Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("version".equals(child.getNodeName())) {
                return child.getTextContent().strip();
            }
        }
        throw new AssertionError("pom.xml has no project version");
    }

    @Test
    void theBuildKnowsThePomsVersion() throws Exception {
        assertEquals(pomVersion(), AppVersion.current());
    }

    @Test
    void theAboutBoxShowsTheVersionInEnglishAndChinese() throws Exception {
        String version = pomVersion();
        assertEquals("Scaling Law Explorer\nVersion " + version, ShellMenus.aboutHeader(Language.ENGLISH.bundle()));
        String chinese = ShellMenus.aboutHeader(Language.SIMPLIFIED_CHINESE.bundle());
        assertTrue(chinese.endsWith("\n版本 " + version), chinese);
    }
}
