package org.apphostftp.appcmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How one appcmd parameter is read: names, dotted paths, collection edits, values as written. */
class ParameterTest {

    @Test
    void slashAndDashBothStartAParameter() {
        Parameter slash = Parameter.parse("/section:system.ftpServer/firewallSupport");
        Parameter dash = Parameter.parse("-section:system.ftpServer/firewallSupport");
        assertThat(dash.path()).isEqualTo(slash.path());
        assertThat(dash.value()).isEqualTo(slash.value()).contains("system.ftpServer/firewallSupport");
        assertThat(Parameter.isParameter("Default FTP Site")).isFalse();
    }

    @Test
    void aDottedPathIsSplitIntoNamesAndTheValueIsKeptAsWritten() {
        Parameter p = Parameter.parse("/physicalPath:%SystemDrive%\\inetpub\\ftproot");
        assertThat(p.value()).contains("%SystemDrive%\\inetpub\\ftproot");
        assertThat(Parameter.parse("/ftpServer.security.ssl.controlChannelPolicy:SslAllow").path())
                .containsExactly(n("ftpServer"), n("security"), n("ssl"), n("controlChannelPolicy"));
    }

    @Test
    void plusAddsAnItemWithItsKeysInOrder() {
        Parameter p = Parameter.parse("/+[accessType='Allow',permissions='Read,Write',roles='administrators',users='']");
        assertThat(p.op()).isEqualTo(Parameter.Op.ADD);
        assertThat(p.path()).containsExactly(new Segment.Selector(Map.of("accessType", "Allow", "permissions", "Read,Write",
                "roles", "administrators", "users", "")));
        assertThat(((Segment.Selector) p.path().get(0)).keys().keySet()).containsExactly("accessType", "permissions", "roles", "users");
    }

    @Test
    void quotesRemovedByAPosixShellStillGiveOneValuePerKey() {
        Parameter p = Parameter.parse("/+[accessType=Allow,permissions=Read,Write,users=]");
        assertThat(((Segment.Selector) p.path().get(0)).keys()).containsExactlyEntriesOf(
                new java.util.LinkedHashMap<>(Map.of("accessType", "Allow")) {{ put("permissions", "Read,Write"); put("users", ""); }});
    }

    @Test
    void minusBeforeABracketRemovesAndAPathThroughAnItemSetsItsAttribute() {
        assertThat(Parameter.parse("/-[users='bob']").op()).isEqualTo(Parameter.Op.REMOVE);
        Parameter set = Parameter.parse("-[name='Default FTP Site'].ftpServer.security.ssl.controlChannelPolicy:SslRequire");
        assertThat(set.op()).isEqualTo(Parameter.Op.SET);
        assertThat(set.path()).hasSize(5);
        assertThat(set.value()).contains("SslRequire");
    }

    @Test
    void anItemInsideAnItemAddsToTheInnerCollection() {
        Parameter p = Parameter.parse("/+[name='S'].bindings.[protocol='ftp',bindingInformation='*:21:']");
        assertThat(p.op()).isEqualTo(Parameter.Op.ADD);
        assertThat(p.path()).containsExactly(new Segment.Selector(Map.of("name", "S")), n("bindings"),
                new Segment.Selector(Map.of("protocol", "ftp", "bindingInformation", "*:21:")));
        assertThat(p.value()).isEqualTo(Optional.empty());
    }

    @Test
    void aQuoteInsideAValueIsWrittenTwice() {
        Parameter p = Parameter.parse("/+[users='o''brien']");
        assertThat(((Segment.Selector) p.path().get(0)).keys()).containsEntry("users", "o'brien");
    }

    @Test
    void anUnclosedBracketIsAMalformedIndexer() {
        assertThatThrownBy(() -> Parameter.parse("/+[users='bob'")).isInstanceOf(AppcmdException.class)
                .hasMessageContaining("Malformed collection indexer");
        assertThatThrownBy(() -> Parameter.parse("/+[bob]")).isInstanceOf(AppcmdException.class);
    }

    @Test
    void theVerbObjectAndIdentifierIgnoreCaseAndPluralObjects() {
        AppcmdLine line = AppcmdLine.parse(List.of("LIST", "Sites", "My Site", "/text:*", "/commit:apphost"));
        assertThat(line.verb()).isEqualTo("list");
        assertThat(line.object()).isEqualTo("site");
        assertThat(line.identifier()).contains("My Site");
        assertThat(line.text()).contains("*");
        assertThat(line.parameters()).isEmpty();
    }

    @Test
    void aSecondIdentifierMustBeginWithASlashOrDash() {
        assertThatThrownBy(() -> AppcmdLine.parse(List.of("set", "site", "A", "B"))).isInstanceOf(AppcmdException.class)
                .hasMessageContaining("must begin with a / or -");
    }

    private static Segment n(String name) {
        return new Segment.Name(name);
    }

    @Test
    void aHugeParameterIsReadInOnePassWithoutLosingAnything() {
        String value = "Read,".repeat(200_000) + "Write";
        Parameter p = Parameter.parse("/+[users=bob,permissions=" + value + "]");
        assertThat(((Segment.Selector) p.path().get(0)).keys()).containsEntry("users", "bob").containsEntry("permissions", value);
    }
}
