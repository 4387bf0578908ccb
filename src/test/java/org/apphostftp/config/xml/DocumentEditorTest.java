package org.apphostftp.config.xml;

import static org.apphostftp.config.xml.TestDocuments.at;
import static org.apphostftp.config.xml.TestDocuments.attr;
import static org.apphostftp.config.xml.TestDocuments.differences;
import static org.apphostftp.config.xml.TestDocuments.fixture;
import static org.apphostftp.config.xml.TestDocuments.parse;
import static org.apphostftp.config.xml.TestDocuments.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentEditorTest {

    private static final String REAL_WORLD = "iis-real-world.config";
    private static final String CONTOSO = "/configuration[1]/system.applicationHost[1]/sites[1]/site[2]";

    /** Comments, a blank line, single quotes, entity references, an unknown section and a site that is not ours. */
    private static final String MIXED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- kept: a comment before the root -->
            <configuration>
                <system.webServer>
                    <unknownSection whatever='single &amp; quoted' b="&lt;x>" />
                </system.webServer>

                <system.applicationHost>
                    <sites>
                        <!-- the web site is not ours -->
                        <site name="Web" id="1" limits='x'>
                            <bindings>
                                <binding protocol="http" bindingInformation="*:80:" />
                            </bindings>
                        </site>
                        <site id="2" name="Ftp">
                            <bindings>
                                <binding protocol="ftp" bindingInformation="127.0.0.1:2121:" />
                                <binding protocol="ftp" bindingInformation="127.0.0.1:2122:" />
                            </bindings>
                            <ftpServer serverAutoStart="true">
                                <connections controlChannelTimeout="120" dataChannelTimeout="30" />
                            </ftpServer>
                        </site>
                    </sites>
                </system.applicationHost>
            </configuration>
            """;

    // ---- attributes ---------------------------------------------------------------------------------------------

    @Test
    void settingAnAttributeReplacesOnlyItsValue() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement messages = at(doc.root(), "system.applicationHost", "sites", "site[name=Contoso FTP]", "ftpServer", "messages");

        String after = DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(messages, "bannerMessage", "Welcome")));

        assertThat(after).isEqualTo(replaceOnce(before, "<messages bannerMessage=\"Contoso\" />",
                "<messages bannerMessage=\"Welcome\" />"));
        assertThat(differences(before, after)).containsExactly("ATTR_VALUE at " + CONTOSO + "/ftpServer[1]/messages[1]/@bannerMessage");
        assertThat(at(parse(after).root(), "system.applicationHost", "sites", "site[name=Contoso FTP]", "ftpServer", "messages")
                .value("bannerMessage")).isEqualTo("Welcome");
    }

    @Test
    void singleQuotedValueKeepsItsQuoteAndEscapesMarkup() throws Exception {
        XmlDocument doc = parse("<configuration>\n  <a x='1' y=\"2\" />\n</configuration>\n");

        String after = DocumentEditor.apply(doc,
                List.of(new Edit.SetAttribute(doc.root().children().get(0), "x", "it's <\"ok\"> & done")));

        assertThat(after).isEqualTo("<configuration>\n  <a x='it&apos;s &lt;\"ok\"> &amp; done' y=\"2\" />\n</configuration>\n");
        assertThat(parse(after).root().children().get(0).value("x")).isEqualTo("it's <\"ok\"> & done");
    }

    @Test
    void tabsAndLineBreaksInAValueBecomeCharacterReferences() throws Exception {
        XmlDocument doc = parse("<configuration><a x=\"1\"/></configuration>");

        String after = DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(doc.root().children().get(0), "x", "a\tb\r\nc")));

        assertThat(after).isEqualTo("<configuration><a x=\"a&#x9;b&#xD;&#xA;c\"/></configuration>");
        assertThat(parse(after).root().children().get(0).value("x")).isEqualTo("a\tb\r\nc");
    }

    @Test
    void settingTheValueAlreadyThereKeepsItsEntityReferences() throws Exception {
        String before = "<configuration><a x=\"t&amp;o\" y=\"1\"/></configuration>";
        XmlDocument doc = parse(before);
        XmlElement a = doc.root().children().get(0);

        String after = DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(a, "x", "t&o"), new Edit.SetAttribute(a, "y", "2")));

        assertThat(after).isEqualTo("<configuration><a x=\"t&amp;o\" y=\"2\"/></configuration>");
    }

    static Stream<Arguments> startTags() {
        return Stream.of(
                Arguments.of("<a/>", "<a n=\"v\"/>"),
                Arguments.of("<a />", "<a n=\"v\" />"),
                Arguments.of("<a x='1' />", "<a x='1' n=\"v\" />"),
                Arguments.of("<a x=\"1\"></a>", "<a x=\"1\" n=\"v\"></a>"),
                Arguments.of("<a x=\"1\"  ></a>", "<a x=\"1\" n=\"v\"  ></a>"));
    }

    @ParameterizedTest
    @MethodSource("startTags")
    void newAttributeGoesAtTheEndOfTheStartTag(String tag, String expected) throws Exception {
        XmlDocument doc = parse("<configuration>" + tag + "</configuration>");

        String after = DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(doc.root().children().get(0), "n", "v")));

        assertThat(after).isEqualTo("<configuration>" + expected + "</configuration>");
    }

    @Test
    void newAttributeOnTheRealWorldFileChangesOnlyItsStartTag() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement binding = at(doc.root(), "system.applicationHost", "sites", "site[name=Contoso FTP]", "bindings", "binding");

        String after = DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(binding, "sslFlags", "0")));

        assertThat(after).isEqualTo(replaceOnce(before, "<binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" />",
                "<binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" sslFlags=\"0\" />"));
        assertThat(differences(before, after)).containsExactlyInAnyOrder(
                "ELEMENT_NUM_ATTRIBUTES at " + CONTOSO + "/bindings[1]/binding[1]",
                "ATTR_NAME_LOOKUP at " + CONTOSO + "/bindings[1]/binding[1]/@sslFlags");
    }

    @Test
    void newAttributeFollowsAttributesWrittenOnePerLine() throws Exception {
        XmlDocument doc = parse("<configuration>\n    <add name=\"x\"\n         type=\"y\" />\n</configuration>\n");

        String after = DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(doc.root().children().get(0), "z", "1")));

        assertThat(after).isEqualTo("<configuration>\n    <add name=\"x\"\n         type=\"y\"\n         z=\"1\" />\n</configuration>\n");
    }

    @Test
    void removingAnAttributeTakesTheBlanksBeforeIt() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement site = at(doc.root(), "system.applicationHost", "sites", "site[name=Contoso FTP]");

        String after = DocumentEditor.apply(doc, List.of(new Edit.RemoveAttribute(site, "serverAutoStart")));

        assertThat(after).isEqualTo(replaceOnce(before, "<site name=\"Contoso FTP\" id=\"2\" serverAutoStart=\"true\">",
                "<site name=\"Contoso FTP\" id=\"2\">"));
        assertThat(differences(before, after)).containsExactlyInAnyOrder(
                "ELEMENT_NUM_ATTRIBUTES at " + CONTOSO,
                "ATTR_NAME_LOOKUP at " + CONTOSO + "/@serverAutoStart");
    }

    @Test
    void removingTheFirstAttributeKeepsTheOthersInPlace() throws Exception {
        XmlDocument doc = parse("<configuration>\n    <add name=\"x\"\n         type=\"y\" />\n    <b x='1' y='2'/>\n</configuration>");
        XmlElement add = doc.root().children().get(0);
        XmlElement b = doc.root().children().get(1);

        String after = DocumentEditor.apply(doc, List.of(new Edit.RemoveAttribute(add, "name"), new Edit.RemoveAttribute(b, "x")));

        assertThat(after).isEqualTo("<configuration>\n    <add\n         type=\"y\" />\n    <b y='2'/>\n</configuration>");
    }

    @Test
    void removingAnAttributeThatIsNotWrittenChangesNothing() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);

        String after = DocumentEditor.apply(doc, List.of(new Edit.RemoveAttribute(doc.root(), "nothing")));

        assertThat(after).isEqualTo(before);
    }

    @Test
    void editsOfOneAttributeApplyInBatchOrder() throws Exception {
        XmlDocument doc = parse("<configuration><a x=\"0\" y=\"0\" z=\"0\"/></configuration>");
        XmlElement a = doc.root().children().get(0);

        String after = DocumentEditor.apply(doc, List.of(
                new Edit.SetAttribute(a, "x", "1"), new Edit.SetAttribute(a, "x", "2"),
                new Edit.SetAttribute(a, "y", "1"), new Edit.RemoveAttribute(a, "y"),
                new Edit.RemoveAttribute(a, "z"), new Edit.SetAttribute(a, "z", "3"),
                new Edit.SetAttribute(a, "n", "new"), new Edit.RemoveAttribute(a, "n")));

        assertThat(after).isEqualTo("<configuration><a x=\"2\" z=\"3\"/></configuration>");
    }

    // ---- new elements -------------------------------------------------------------------------------------------

    @Test
    void appendedElementTakesTheIndentationOfItsSiblings() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement authorization = at(doc.root(), "location[path=Contoso FTP]", "system.ftpServer", "security", "authorization");

        String after = DocumentEditor.apply(doc, List.of(new Edit.AddElement(authorization, "add",
                List.of(attr("accessType", "Allow"), attr("users", "bob"), attr("permissions", "Read, Write")), List.of(), null)));

        String existing = "                    <add accessType=\"Allow\" users=\"*\" permissions=\"Read\" />\n";
        assertThat(after).isEqualTo(replaceOnce(before, existing,
                existing + "                    <add accessType=\"Allow\" users=\"bob\" permissions=\"Read, Write\" />\n"));
        String location = "/configuration[1]/location[2]/system.ftpServer[1]/security[1]/authorization[1]";
        assertThat(differences(before, after)).containsExactlyInAnyOrder(
                "CHILD_NODELIST_LENGTH at " + location, "CHILD_LOOKUP at " + location + "/add[2]");
        XmlElement reread = at(parse(after).root(), "location[path=Contoso FTP]", "system.ftpServer", "security", "authorization");
        assertThat(reread.children()).extracting(e -> e.value("users")).containsExactly("*", "bob");
    }

    @Test
    void elementWithChildrenIsWrittenOnePerLineBeforeTheGivenSibling() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement sites = at(doc.root(), "system.applicationHost", "sites");

        String after = DocumentEditor.apply(doc, List.of(newSite(sites, at(sites, "siteDefaults"))));

        assertThat(after).isEqualTo(replaceOnce(before, "            <siteDefaults>\n", NEW_SITE + "            <siteDefaults>\n"));
        XmlElement site = at(parse(after).root(), "system.applicationHost", "sites", "site[name=Fabrikam FTP]");
        assertThat(site.value("id")).isEqualTo("3");
        assertThat(at(site, "application", "virtualDirectory").value("physicalPath")).isEqualTo("fabrikam");
    }

    private static final String NEW_SITE = """
                        <site name="Fabrikam FTP" id="3">
                            <bindings>
                                <binding protocol="ftp" bindingInformation="127.0.0.1:2122:" />
                            </bindings>
                            <application path="/">
                                <virtualDirectory path="/" physicalPath="fabrikam" />
                            </application>
                        </site>
            """;

    private static Edit.AddElement newSite(XmlElement sites, XmlElement before) {
        return new Edit.AddElement(sites, "site", List.of(attr("name", "Fabrikam FTP"), attr("id", "3")), List.of(
                new Edit.NewElement("bindings", List.of(), List.of(new Edit.NewElement("binding",
                        List.of(attr("protocol", "ftp"), attr("bindingInformation", "127.0.0.1:2122:")), List.of()))),
                new Edit.NewElement("application", List.of(attr("path", "/")), List.of(new Edit.NewElement("virtualDirectory",
                        List.of(attr("path", "/"), attr("physicalPath", "fabrikam")), List.of())))),
                before);
    }

    @Test
    void crlfFileGetsCrlfLines() throws Exception {
        String before = fixture(REAL_WORLD).replace("\n", "\r\n");
        XmlDocument doc = parse(before);
        XmlElement sites = at(doc.root(), "system.applicationHost", "sites");

        String after = DocumentEditor.apply(doc, List.of(newSite(sites, at(sites, "siteDefaults"))));

        assertThat(after).isEqualTo(replaceOnce(before, "            <siteDefaults>\r\n",
                NEW_SITE.replace("\n", "\r\n") + "            <siteDefaults>\r\n"));
    }

    @Test
    void selfClosingParentIsOpenedAndClosedAtItsIndentation() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement authorization = at(doc.root(), "system.ftpServer", "security", "authorization");

        String after = DocumentEditor.apply(doc, List.of(new Edit.AddElement(authorization, "add",
                List.of(attr("accessType", "Allow"), attr("users", "?"), attr("permissions", "Read")), List.of(), null)));

        assertThat(after).isEqualTo(replaceOnce(before, "            <authorization />\n", """
                            <authorization>
                                <add accessType="Allow" users="?" permissions="Read" />
                            </authorization>
                """));
        String parent = "/configuration[1]/system.ftpServer[1]/security[1]/authorization[1]";
        assertThat(differences(before, after)).containsExactlyInAnyOrder(
                "CHILD_NODELIST_LENGTH at " + parent, "CHILD_LOOKUP at " + parent + "/add[1]");
    }

    @Test
    void indentationUnitIsReadFromTheFile() throws Exception {
        XmlDocument doc = parse("<configuration>\n\t<system.ftpServer>\n\t\t<log />\n\t</system.ftpServer>\n</configuration>\n");
        XmlElement log = at(doc.root(), "system.ftpServer", "log");

        String after = DocumentEditor.apply(doc, List.of(new Edit.AddElement(log, "centralLogFile",
                List.of(attr("enabled", "true")), List.of(), null)));

        assertThat(after).isEqualTo("<configuration>\n\t<system.ftpServer>\n\t\t<log>\n\t\t\t<centralLogFile enabled=\"true\" />\n"
                + "\t\t</log>\n\t</system.ftpServer>\n</configuration>\n");
    }

    @Test
    void selfClosingParentGetsNewAttributesAndChildrenTogether() throws Exception {
        XmlDocument doc = parse("<configuration>\n  <a k=\"0\" />\n</configuration>\n");
        XmlElement a = doc.root().children().get(0);

        String after = DocumentEditor.apply(doc, List.of(
                new Edit.AddElement(a, "c", List.of(), List.of(), null),
                new Edit.RemoveAttribute(a, "k"),
                new Edit.SetAttribute(a, "x", "1")));

        assertThat(after).isEqualTo("<configuration>\n  <a x=\"1\">\n    <c />\n  </a>\n</configuration>\n");
    }

    @Test
    void fileWithoutIndentationGetsFourSpacesAsIisWrites() throws Exception {
        XmlDocument doc = parse("<configuration>\n<a/>\n</configuration>\n");

        String after = DocumentEditor.apply(doc, List.of(new Edit.AddElement(doc.root().children().get(0), "n", List.of(),
                List.of(), null)));

        assertThat(after).isEqualTo("<configuration>\n<a>\n    <n />\n</a>\n</configuration>\n");
    }

    @Test
    void emptyParentWrittenOnOneLineIsOpenedOverTwoLines() throws Exception {
        XmlDocument doc = parse("<configuration>\n  <a></a>\n  <b>  </b>\n</configuration>\n");

        String after = DocumentEditor.apply(doc, List.of(
                new Edit.AddElement(doc.root().children().get(0), "n", List.of(), List.of(), null),
                new Edit.AddElement(doc.root().children().get(1), "m", List.of(attr("k", "v")), List.of(), null)));

        assertThat(after).isEqualTo("<configuration>\n  <a>\n    <n />\n  </a>\n  <b>\n    <m k=\"v\" />\n  </b>\n</configuration>\n");
    }

    @Test
    void emptyParentWithItsEndTagOnItsOwnLineGetsTheChildAboveIt() throws Exception {
        XmlDocument doc = parse("<configuration>\n  <a>\n  </a>\n</configuration>\n");

        String after = DocumentEditor.apply(doc, List.of(new Edit.AddElement(doc.root().children().get(0), "n", List.of(),
                List.of(), null)));

        assertThat(after).isEqualTo("<configuration>\n  <a>\n    <n />\n  </a>\n</configuration>\n");
    }

    @Test
    void elementsWrittenOnOneLineGetTheNewElementOnThatLine() throws Exception {
        XmlDocument doc = parse("<configuration><a x=\"1\"/><b/></configuration>");
        XmlElement b = doc.root().children().get(1);

        String after = DocumentEditor.apply(doc, List.of(
                new Edit.AddElement(doc.root(), "c", List.of(attr("y", "2")), List.of(), b),
                new Edit.AddElement(b, "d", List.of(), List.of(new Edit.NewElement("e", List.of(), List.of())), null)));

        assertThat(after).isEqualTo("<configuration><a x=\"1\"/><c y=\"2\" /><b><d><e /></d></b></configuration>");
    }

    @Test
    void severalElementsAddedAtOnePlaceKeepTheirOrder() throws Exception {
        XmlDocument doc = parse("<configuration>\n    <a />\n</configuration>\n");
        XmlElement a = doc.root().children().get(0);

        String after = DocumentEditor.apply(doc, List.of(
                new Edit.AddElement(a, "first", List.of(), List.of(), null),
                new Edit.AddElement(a, "second", List.of(), List.of(), null),
                new Edit.AddElement(doc.root(), "third", List.of(), List.of(), a)));

        assertThat(after).isEqualTo("<configuration>\n    <third />\n    <a>\n        <first />\n        <second />\n    </a>\n"
                + "</configuration>\n");
    }

    // ---- removing elements --------------------------------------------------------------------------------------

    @Test
    void removingAnElementTakesItsWholeLine() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement limits = at(doc.root(), "system.applicationHost", "sites", "site[name=Contoso FTP]", "limits");

        String after = DocumentEditor.apply(doc, List.of(new Edit.RemoveElement(limits)));

        assertThat(after).isEqualTo(replaceOnce(before, "                <limits connectionTimeout=\"00:02:00\" />\n", ""));
        assertThat(differences(before, after)).containsExactlyInAnyOrder(
                "CHILD_NODELIST_LENGTH at " + CONTOSO, "CHILD_LOOKUP at " + CONTOSO + "/limits[1]");
    }

    @Test
    void removingAnElementOverSeveralLinesTakesAllOfThem() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement web = at(doc.root(), "system.applicationHost", "sites", "site[name=Default Web Site]");

        String after = DocumentEditor.apply(doc, List.of(new Edit.RemoveElement(web)));

        int start = before.indexOf("            <site name=\"Default Web Site\"");
        int end = before.indexOf("            </site>\n", start) + "            </site>\n".length();
        assertThat(after).isEqualTo(before.substring(0, start) + before.substring(end));
    }

    @Test
    void removingAnElementThatSharesItsLineTakesOnlyItsText() throws Exception {
        XmlDocument doc = parse("<configuration>\n  <a/><b x=\"1\"/>\n</configuration>");

        String after = DocumentEditor.apply(doc, List.of(new Edit.RemoveElement(doc.root().children().get(0))));

        assertThat(after).isEqualTo("<configuration>\n  <b x=\"1\"/>\n</configuration>");
    }

    @Test
    void insertingBeforeAnElementTheBatchRemovesPutsTheNewOneInItsPlace() throws Exception {
        XmlDocument doc = parse(MIXED);
        XmlElement bindings = at(doc.root(), "system.applicationHost", "sites", "site[name=Ftp]", "bindings");
        XmlElement first = bindings.children().get(0);

        String after = DocumentEditor.apply(doc, List.of(new Edit.RemoveElement(first), new Edit.AddElement(bindings, "binding",
                List.of(attr("protocol", "ftp"), attr("bindingInformation", "127.0.0.1:2123:")), List.of(), first)));

        assertThat(after).isEqualTo(replaceOnce(MIXED, "bindingInformation=\"127.0.0.1:2121:\"", "bindingInformation=\"127.0.0.1:2123:\""));
    }

    // ---- batches ------------------------------------------------------------------------------------------------

    @Test
    void editsAllOverTheFileCompose() throws Exception {
        XmlDocument doc = parse(MIXED);
        XmlElement site = at(doc.root(), "system.applicationHost", "sites", "site[name=Ftp]");
        XmlElement ftpServer = at(site, "ftpServer");
        XmlElement connections = at(ftpServer, "connections");

        String after = DocumentEditor.apply(doc, List.of(
                new Edit.SetAttribute(connections, "controlChannelTimeout", "300"),
                new Edit.SetAttribute(connections, "dataChannelTimeout", "60"),
                new Edit.RemoveAttribute(ftpServer, "serverAutoStart"),
                new Edit.SetAttribute(ftpServer, "allowUTF8", "false"),
                new Edit.AddElement(ftpServer, "messages", List.of(attr("bannerMessage", "Hi")), List.of(), null),
                new Edit.RemoveElement(at(site, "bindings").children().get(1))));

        assertThat(after).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- kept: a comment before the root -->
                <configuration>
                    <system.webServer>
                        <unknownSection whatever='single &amp; quoted' b="&lt;x>" />
                    </system.webServer>

                    <system.applicationHost>
                        <sites>
                            <!-- the web site is not ours -->
                            <site name="Web" id="1" limits='x'>
                                <bindings>
                                    <binding protocol="http" bindingInformation="*:80:" />
                                </bindings>
                            </site>
                            <site id="2" name="Ftp">
                                <bindings>
                                    <binding protocol="ftp" bindingInformation="127.0.0.1:2121:" />
                                </bindings>
                                <ftpServer allowUTF8="false">
                                    <connections controlChannelTimeout="300" dataChannelTimeout="60" />
                                    <messages bannerMessage="Hi" />
                                </ftpServer>
                            </site>
                        </sites>
                    </system.applicationHost>
                </configuration>
                """);
        String ftp = "/configuration[1]/system.applicationHost[1]/sites[1]/site[2]";
        assertThat(differences(MIXED, after)).containsExactlyInAnyOrder(
                "CHILD_NODELIST_LENGTH at " + ftp + "/bindings[1]",
                "CHILD_LOOKUP at " + ftp + "/bindings[1]/binding[2]",
                "ATTR_NAME_LOOKUP at " + ftp + "/ftpServer[1]/@serverAutoStart",
                "ATTR_NAME_LOOKUP at " + ftp + "/ftpServer[1]/@allowUTF8",
                "ATTR_VALUE at " + ftp + "/ftpServer[1]/connections[1]/@controlChannelTimeout",
                "ATTR_VALUE at " + ftp + "/ftpServer[1]/connections[1]/@dataChannelTimeout",
                "CHILD_NODELIST_LENGTH at " + ftp + "/ftpServer[1]",
                "CHILD_LOOKUP at " + ftp + "/ftpServer[1]/messages[1]");
    }

    @Test
    void changingAnElementTheBatchRemovesIsRefused() throws Exception {
        XmlDocument doc = parse(fixture(REAL_WORLD));
        XmlElement site = at(doc.root(), "system.applicationHost", "sites", "site[name=Contoso FTP]");
        XmlElement messages = at(site, "ftpServer", "messages");

        assertThatThrownBy(() -> DocumentEditor.apply(doc, List.of(new Edit.RemoveElement(site),
                new Edit.SetAttribute(messages, "bannerMessage", "x"))))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("cannot change <messages> at a.config:67:21 (configuration/system.applicationHost/sites/site/ftpServer/"
                        + "messages): the same batch removes <site> at a.config:51:13");
    }

    @Test
    void addingIntoAnElementTheBatchRemovesIsRefused() throws Exception {
        XmlDocument doc = parse(fixture(REAL_WORLD));
        XmlElement bindings = at(doc.root(), "system.applicationHost", "sites", "site[name=Contoso FTP]", "bindings");

        assertThatThrownBy(() -> DocumentEditor.apply(doc, List.of(
                new Edit.AddElement(bindings, "binding", List.of(), List.of(), null), new Edit.RemoveElement(bindings))))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("the same batch removes it");
    }

    @Test
    void removingAnElementInsideAnotherRemovedOneIsHarmless() throws Exception {
        String before = fixture(REAL_WORLD);
        XmlDocument doc = parse(before);
        XmlElement web = at(doc.root(), "system.applicationHost", "sites", "site[name=Default Web Site]");

        String both = DocumentEditor.apply(doc, List.of(new Edit.RemoveElement(at(web, "bindings")), new Edit.RemoveElement(web)));

        assertThat(both).isEqualTo(DocumentEditor.apply(doc, List.of(new Edit.RemoveElement(web))));
    }

    @Test
    void elementOfAnotherDocumentIsRefused() throws Exception {
        String text = fixture(REAL_WORLD);
        XmlDocument doc = parse(text);
        XmlElement stale = parse(text).root().children().get(0);

        assertThatThrownBy(() -> DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(stale, "x", "1"))))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("<configSections> at a.config:7:5 is not part of a.config as read; "
                        + "build the edits from the document being written");
    }

    @Test
    void removingTheDocumentElementIsRefused() throws Exception {
        XmlDocument doc = parse(MIXED);

        assertThatThrownBy(() -> DocumentEditor.apply(doc, List.of(new Edit.RemoveElement(doc.root()))))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("cannot remove the document element");
    }

    @Test
    void nameThatIsNotAnXmlNameIsRefused() throws Exception {
        XmlDocument doc = parse(MIXED);

        assertThatThrownBy(() -> DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(doc.root(), "1st value", "x"))))
                .isInstanceOf(InvalidEditException.class).hasMessage("'1st value' is not an XML name (in configuration)");
        assertThatThrownBy(() -> DocumentEditor.apply(doc, List.of(new Edit.AddElement(doc.root(), "a", List.of(),
                List.of(new Edit.NewElement("b>", List.of(), List.of())), null))))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("'b>' is not an XML name");
    }

    @Test
    void valueXmlCannotHoldIsRefused() throws Exception {
        XmlDocument doc = parse(MIXED);

        assertThatThrownBy(() -> DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(doc.root(), "x", "a\u0000b"))))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("attribute 'x' of configuration: character U+0000 at index 1 is not allowed in XML");
    }

    @Test
    void newElementWithAnAttributeTwiceIsRefused() throws Exception {
        XmlDocument doc = parse(MIXED);

        assertThatThrownBy(() -> DocumentEditor.apply(doc, List.of(new Edit.AddElement(doc.root(), "a",
                List.of(attr("k", "1"), attr("k", "2")), List.of(), null))))
                .isInstanceOf(InvalidEditException.class).hasMessage("new <a> in configuration has attribute 'k' twice");
    }

    // ---- encodings ----------------------------------------------------------------------------------------------

    @Test
    void nonAsciiValueIsWrittenAsItIsInUtf8() throws Exception {
        String before = "<configuration>\n  <!-- Grüße -->\n  <messages bannerMessage=\"Straße\" />\n</configuration>\n";
        XmlDocument doc = parse(before);

        String after = DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(doc.root().children().get(0),
                "bannerMessage", "Willkommen, 日本 👋")));

        assertThat(after).isEqualTo(replaceOnce(before, "\"Straße\"", "\"Willkommen, 日本 👋\""));
    }

    @Test
    void characterTheEncodingCannotHoldBecomesAReference() throws Exception {
        String before = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<configuration a=\"ü\"/>\n";
        XmlDocument doc = new SafeXmlReader().parse(Path.of("l.config"), "l.config", before.getBytes(StandardCharsets.ISO_8859_1));

        String after = DocumentEditor.apply(doc, List.of(new Edit.SetAttribute(doc.root(), "a", "Grüße 日本")));

        assertThat(after).isEqualTo(replaceOnce(before, "a=\"ü\"", "a=\"Grüße &#x65E5;&#x672C;\""));
        assertThat(new SafeXmlReader().parse(Path.of("l.config"), "l.config", after.getBytes(StandardCharsets.ISO_8859_1))
                .root().value("a")).isEqualTo("Grüße 日本");
    }
}
