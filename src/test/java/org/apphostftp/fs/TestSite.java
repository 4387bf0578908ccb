package org.apphostftp.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.security.Identity;

/** Writes a one-site applicationHost.config into a temp folder and loads it, so tests use real effective records. */
final class TestSite {

    static final String NAME = "s";
    static final Identity BOB = Identity.user("bob", Set.of());
    static final Identity CAROL = Identity.user("carol", Set.of("editors"));
    static final Identity ANONYMOUS = Identity.anonymousUser();
    static final String EVERYONE_READ_WRITE = "<authorization><add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization>";

    private final Path dir;
    private final List<String> directories = new ArrayList<>();
    private final List<String> ftpServer = new ArrayList<>();
    private final List<String> locations = new ArrayList<>();

    private TestSite(Path dir) {
        this.dir = dir;
        directories.add("<virtualDirectory path=\"/\" physicalPath=\"root\" />");
    }

    /** A site whose root is {@code dir/root}. */
    static TestSite in(Path dir) {
        return new TestSite(dir);
    }

    /** A virtual directory on {@code dir/physical}. */
    TestSite directory(String virtualPath, String physical) {
        directories.add("<virtualDirectory path=\"" + virtualPath + "\" physicalPath=\"" + physical + "\" />");
        return this;
    }

    TestSite isolation(String mode) {
        ftpServer.add("<userIsolation mode=\"" + mode + "\" />");
        return this;
    }

    TestSite showFlags(String flags) {
        ftpServer.add("<directoryBrowse showFlags=\"" + flags + "\" />");
        return this;
    }

    TestSite fileHandling(String attributes) {
        ftpServer.add("<fileHandling " + attributes + " />");
        return this;
    }

    /** system.ftpServer/security content at {@code <location path="s">} ("" ) or {@code <location path="s/sub">}. */
    TestSite security(String sub, String securityXml) {
        locations.add("<location path=\"" + NAME + sub + "\"><system.ftpServer><security>" + securityXml
                + "</security></system.ftpServer></location>");
        return this;
    }

    SiteConfig load() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <configuration>
                  <system.applicationHost>
                    <sites>
                      <site name="%s" id="1">
                        <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:2121:" /></bindings>
                        <application path="/">%s</application>
                        <ftpServer>%s
                          <security>
                            <ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
                            <authentication>
                              <anonymousAuthentication enabled="true" />
                              <basicAuthentication enabled="true" />
                            </authentication>
                          </security>
                        </ftpServer>
                      </site>
                    </sites>
                  </system.applicationHost>
                  %s
                </configuration>
                """.formatted(NAME, String.join("", directories), String.join("", ftpServer), String.join("\n", locations));
        return load(dir, xml);
    }

    static SiteConfig load(Path dir, String xml) {
        LoadResult result = Fixtures.loader().load(Fixtures.installText(xml, dir));
        assertThat(result.errors()).isEmpty();
        return result.orElseThrow().site(NAME).orElseThrow();
    }

    /** Creates a file (and its folders) below the temp folder. */
    static Path file(Path dir, String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder(Path dir, String relative) {
        try {
            return Files.createDirectories(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SiteFileSystemView view(SiteConfig site, Identity who) {
        try {
            return SiteFileSystemView.open(() -> site, who, new UploadRegistry());
        } catch (HomeDirectoryInaccessibleException e) {
            throw new AssertionError(e);
        }
    }
}
