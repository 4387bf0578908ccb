package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration.select with PowerShell-style filters, and the errors of filters that cannot be read. */
class SelectTest {

    private static final String SESSIONS = "/system.applicationHost/sites/site[@name='Default FTP Site']/ftpServer/sessions/session";

    @TempDir
    Path dir;

    private ServerManager manager;
    private Configuration config;

    @BeforeEach
    void open() {
        InMemoryFtpServer server = new InMemoryFtpServer().started("Default FTP Site")
                .connect("Default FTP Site", "s-1", "bob", "10.0.0.53")
                .connect("Default FTP Site", "s-2", "alice", "10.0.0.54")
                .connect("Default FTP Site", "s-3", "o'neil", "10.0.0.53")
                .connect("beta", "s-4", "bob", "10.0.0.99");
        manager = new ServerManager(Fixtures.install("configapi.config", dir), server.providers(), ConfigSchema.standard(), Map.of());
        config = manager.getApplicationHostConfiguration();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private List<Object> ids(String filter) {
        return config.select(filter).stream().map(e -> e.getAttributeValue("sessionId")).toList();
    }

    @Test
    void aSectionPathSelectsTheSection() {
        assertThat(config.select("/system.applicationHost/sites")).singleElement()
                .extracting(ConfigurationElement::getElementTagName).isEqualTo("sites");
        assertThat(config.select("system.ftpServer/log")).hasSize(1);
    }

    @Test
    void anEqualityPredicateSelectsMatchingItems() {
        assertThat(ids(SESSIONS + "[@userName='bob']")).containsExactly("s-1");
    }

    @Test
    void anInequalityPredicateSelectsTheOthers() {
        assertThat(ids(SESSIONS + "[@userName!='bob']")).containsExactly("s-2", "s-3");
    }

    @Test
    void andOrAndParenthesesCombine() {
        assertThat(ids(SESSIONS + "[@userName='bob' and @clientIp='10.0.0.53']")).containsExactly("s-1");
        assertThat(ids(SESSIONS + "[@userName='bob' or @userName='alice']")).containsExactly("s-1", "s-2");
        assertThat(ids(SESSIONS + "[(@userName='alice' or @clientIp='10.0.0.53') and @userName!='bob']")).containsExactly("s-2", "s-3");
        assertThat(ids(SESSIONS + "[@userName='alice' or @clientIp='10.0.0.53' and @userName!='bob']")).containsExactly("s-2", "s-3");
    }

    @Test
    void quotedValuesEscapeTheirQuoteByDoublingIt() {
        assertThat(ids(SESSIONS + "[@userName='o''neil']")).containsExactly("s-3");
        assertThat(ids(SESSIONS + "[@userName=\"o'neil\"]")).containsExactly("s-3");
    }

    @Test
    void valuesCompareByTypeAndNamesWithoutRegardToCase() {
        assertThat(config.select("/system.applicationHost/sites/site[@id='2']")).extracting(e -> e.getAttributeValue("name"))
                .containsExactly("beta");
        assertThat(ids(SESSIONS + "[@bytesSent='1843' and @secureControl='False']")).hasSize(3);
        assertThat(config.select("/system.applicationHost/sites/site/ftpServer[@state='started']")).hasSize(1);
        assertThat(ids(SESSIONS + "[@userName='BOB']")).containsExactly("s-1");
    }

    @Test
    void aStepWithoutPredicateTakesEveryItem() {
        assertThat(ids("/system.applicationHost/sites/site/ftpServer/sessions/session[@userName='bob']")).containsExactly("s-1", "s-4");
    }

    @Test
    void aFilterReadsSectionsAtTheLocationItIsGiven() {
        String bob = "/system.ftpServer/security/authorization/add[@users='bob']";

        assertThat(config.select(bob, "Default FTP Site")).hasSize(1);
        assertThat(config.select(bob)).isEmpty();
    }

    @Test
    void siteDefaultsAndChildElementsCanBeSelected() {
        assertThat(config.select("/system.applicationHost/sites/siteDefaults/ftpServer/connections[@unauthenticatedTimeout='20']"))
                .hasSize(1);
    }

    @Test
    void theFilterOfAnElementsPathSelectsItAgain() {
        for (ConfigurationElement rule : config.getSection("system.ftpServer/security/authorization", "Default FTP Site").getCollection()) {
            assertThat(config.select(rule.getPath().filter(), "Default FTP Site")).singleElement()
                    .extracting(e -> e.getAttributeValue("users")).isEqualTo(rule.getAttributeValue("users"));
        }
    }

    /** The filter is refused at the first character of {@code at} in it (the end when {@code at} is ""). */
    private void assertInvalid(String filter, String at, String problem) {
        assertInvalid(filter, at.isEmpty() ? filter.length() + 1 : filter.indexOf(at) + 1, problem);
    }

    private void assertInvalid(String filter, int position, String problem) {
        assertThat(position).as("marker in the filter").isPositive();
        assertThatThrownBy(() -> config.select(filter)).isInstanceOfSatisfying(InvalidFilterException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("invalid filter: " + problem + " at character " + position + " of '" + filter + "'");
            assertThat(e.getPosition()).isEqualTo(position);
            assertThat(e.getPath()).isEqualTo(filter);
        });
    }

    @Test
    void parenthesesNestedDeeperThanTheBoundAreRefusedAtTheFirstOneTooDeep() {
        String prefix = SESSIONS + "[";
        String filter = prefix + "(".repeat(20_000) + "@userName='bob'" + ")".repeat(20_000) + "]";

        assertInvalid(filter, prefix.length() + FilterQuery.Parser.MAX_NESTING + 1, "parentheses nested more than "
                + FilterQuery.Parser.MAX_NESTING + " deep");
    }

    @Test
    void parenthesesNestedToTheBoundStillSelect() {
        int n = FilterQuery.Parser.MAX_NESTING;

        assertThat(ids(SESSIONS + "[" + "(".repeat(n) + "@userName='bob'" + ")".repeat(n) + "]")).containsExactly("s-1");
    }

    @Test
    void aFilterThatNamesNoSectionIsInvalid() {
        assertInvalid("/system.applicationHost/site", "system", "the filter must start with a section path such as "
                + "/system.applicationHost/sites, and 'system.applicationHost/site' is none "
                + "(did you mean 'system.applicationHost/sites'?)");
    }

    @Test
    void anUnknownElementIsInvalid() {
        assertInvalid("/system.applicationHost/sites/site/ftpSrever", "ftpSrever",
                "<site> has no element 'ftpSrever' (did you mean 'ftpServer'?)");
    }

    @Test
    void anUnknownAttributeIsInvalid() {
        assertInvalid(SESSIONS + "[@usrName='bob']", "@usrName", "<session> has no attribute 'usrName' (did you mean 'userName'?)");
    }

    @Test
    void aValueThatCannotHaveTheAttributesTypeIsInvalid() {
        assertInvalid(SESSIONS + "[@secureControl='yes']", "'yes'", "the value for @secureControl must be true or false, got 'yes'");
    }

    @Test
    void brokenSyntaxIsInvalidWhereItBreaks() {
        assertInvalid(SESSIONS + "[@userName='bob]", "'bob", "the value starting here is not closed with '");
        assertInvalid(SESSIONS + "[@userName='bob'", "", "expected ']' to end the predicate that starts at character "
                + (SESSIONS.length() + 1) + ", or 'and'/'or', found the end");
        assertInvalid(SESSIONS + "[@userName 'bob']", "'bob'", "expected '=' or '!=' after '@userName'");
        assertInvalid(SESSIONS + "[userName='bob']", "userName", "expected '@attribute' or '(', found 'u'");
        String dangling = SESSIONS + "[@userName='bob' and]";
        assertInvalid(dangling, dangling.length(), "expected '@attribute' or '(', found ']'");
        assertInvalid("/system.applicationHost/sites/site[@id='1']x", "x", "expected '/' or '[' after 'site', found 'x'");
        assertInvalid("", "", "expected an element name, found the end");
        assertInvalid("/system.applicationHost//sites", "/sites", "expected an element name, found '/'");
    }

    @Test
    void aPredicateOnASectionGroupIsInvalid() {
        assertInvalid("/system.ftpServer[@a='b']/log", "[", "'system.ftpServer' is a section group; a predicate can only follow an element");
    }

    @Test
    void runtimePartsDoNotExistBelowSiteDefaults() {
        assertInvalid("/system.applicationHost/sites/siteDefaults/ftpServer/sessions", "sessions",
                "<ftpServer> has no element 'sessions' here: runtime parts exist only below a site");
    }
}
