package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which family the window and charts use, on each platform and with each set of installed fonts. */
class FontStackTest {

    @Test
    void linuxTakesTheFirstInstalledChineseFamilyOfTheStack() {
        Set<String> installed = Set.of("dejavu sans", "wenquanyi zen hei", "noto sans cjk sc");
        assertEquals("Noto Sans CJK SC", FontStack.choose(null, "Linux", installed));
        assertEquals("WenQuanYi Zen Hei", FontStack.choose(null, "Linux", Set.of("dejavu sans", "wenquanyi zen hei")));
    }

    @Test
    void withoutAnyChineseFamilyOrOnWindowsAndMacTheSystemFontStays() {
        assertEquals(FontStack.SYSTEM, FontStack.choose(null, "Linux", Set.of("dejavu sans")));
        assertEquals(FontStack.SYSTEM, FontStack.choose(null, "Windows 11", Set.of("noto sans cjk sc")));
        assertEquals(FontStack.SYSTEM, FontStack.choose(null, "Mac OS X", Set.of("noto sans cjk sc")));
    }

    @Test
    void anInstalledFamilyNamedByThePropertyWinsAndAMissingOneIsIgnored() {
        Set<String> installed = Set.of("noto sans cjk sc", "source han sans sc");
        assertEquals("Source Han Sans SC", FontStack.choose("Source Han Sans SC", "Linux", installed));
        assertEquals("Noto Sans CJK SC", FontStack.choose("No Such Font", "Linux", installed));
    }
}
