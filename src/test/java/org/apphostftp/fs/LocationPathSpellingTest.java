package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code <location path="s/...">} rule applies to every spelling of its folder's name that IIS would take for the
 * same name: other cases (Turkish İ/ı, Greek Σ/σ/ς, German ẞ/ß) and the other Unicode normalisation form.
 */
class LocationPathSpellingTest {

    private static final String EVERYONE_READ = "<authorization><add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization>";
    private static final String DENY_BOB = "<authorization><add accessType=\"Deny\" users=\"bob\" permissions=\"Read, Write\" /></authorization>";

    @TempDir
    Path dir;

    private SiteConfig denyBobAt(String folder) {
        return TestSite.in(dir).security("", EVERYONE_READ).security("/" + folder, DENY_BOB).load();
    }

    private boolean bobIsDenied(SiteConfig site, String path) throws Exception {
        return !view(site, BOB).getFile(path).permissions().contains(Permission.READ);
    }

    @Test
    void aRuleOnATurkishDottedCapitalIAppliesToEverySpelling() throws Exception {
        SiteConfig site = denyBobAt("DİR");

        for (String spelling : new String[] {"/DİR", "/dir", "/DIR", "/dır", "/DİR/sub/a.txt"}) {
            assertThat(bobIsDenied(site, spelling)).as(spelling).isTrue();
        }
        assertThat(view(site, BOB).getFile("/other").permissions()).contains(Permission.READ);
    }

    @Test
    void aRuleOnGreekSigmasAppliesToFinalAndMedialSigma() throws Exception {
        SiteConfig site = denyBobAt("ΣΟΦΟΣ");

        for (String spelling : new String[] {"/σοφος", "/σοφοσ", "/ΣΟΦΟΣ", "/Σοφος/x"}) {
            assertThat(bobIsDenied(site, spelling)).as(spelling).isTrue();
        }
    }

    @Test
    void aRuleOnCapitalSharpSAppliesToSmallSharpS() throws Exception {
        SiteConfig site = denyBobAt("STRAẞE");

        assertThat(bobIsDenied(site, "/straße")).isTrue();
        assertThat(bobIsDenied(site, "/STRAẞE/a.txt")).isTrue();
    }

    @Test
    void aRuleWrittenInNfcAppliesToTheNfdSpellingAndBack() throws Exception {
        assertThat(bobIsDenied(denyBobAt("caf\u00e9"), "/cafe\u0301/menu.txt")).isTrue();
        assertThat(bobIsDenied(denyBobAt("Cafe\u0301"), "/CAF\u00c9")).isTrue();
    }
}
