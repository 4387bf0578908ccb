package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apphostftp.AdminHttp;
import org.apphostftp.RawFtp;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The web console at GET / in headless Chromium, against a running server with real FTP clients. */
class WebConsoleTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static HeadlessChromium chromium;

    @TempDir
    Path dir;

    private TestServer server;
    private AdminHttp http;
    private ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.close();
    }

    @BeforeEach
    void start() {
        server = TwoSites.start(dir);
        http = new AdminHttp(server);
        browser = chromium.driver();
        browser.get("http://127.0.0.1:" + server.adminPort() + "/");
    }

    @AfterEach
    void stop() {
        browser.executeScript("sessionStorage.clear()");
        browser.get("about:blank");
        server.close();
    }

    private void signIn(String token) {
        WebElement field = browser.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        browser.findElement(By.id("sign-in")).click();
    }

    private void signedIn() {
        signIn(http.token());
        await().atMost(Duration.ofSeconds(5)).until(() -> browser.findElement(By.id("console")).isDisplayed());
    }

    /** The rows of a table as the page shows them now, each its key then its cells' texts (read in one step). */
    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String table) {
        return (List<List<String>>) browser.executeScript("return Array.from(document.querySelectorAll('#' + arguments[0]"
                + " + ' tbody tr')).map(tr => [tr.dataset.key].concat(Array.from(tr.cells).map(td => td.textContent)))", table);
    }

    /** The cells of the session row whose user column is {@code user} (index 1), once it shows. */
    private Optional<List<String>> sessionRow(String user) {
        return rows("sessions").stream().map(r -> r.subList(1, r.size())).filter(c -> c.get(1).equals(user)).findFirst();
    }

    private WebElement rowButton(String table, int column, String text) {
        String key = rows(table).stream().filter(r -> r.get(column + 1).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + table)).get(0);
        return browser.findElement(By.cssSelector("#" + table + " tbody tr[data-key='" + key + "'] button"));
    }

    private static RawFtp loggedIn(int port, String user) {
        RawFtp ftp = new RawFtp(port);
        ftp.reply();
        assertThat(ftp.command("USER " + user)).isEqualTo(331);
        assertThat(ftp.command("PASS pw")).isEqualTo(230);
        return ftp;
    }

    @Test
    void theTokenIsAskedOnceAndKeptForTheTabOnlyNeverInTheUrlOrACookie() {
        signIn("not-the-token");
        await().atMost(Duration.ofSeconds(5)).until(() -> browser.findElement(By.id("login-error")).getText().equals("Wrong token."));
        assertThat(browser.findElement(By.id("console")).isDisplayed()).isFalse();

        signedIn();

        await().atMost(Duration.ofSeconds(5)).until(() -> !rows("sites").isEmpty());
        assertThat(browser.findElement(By.cssSelector("#sites tbody")).getText()).contains("Alpha", "Beta", "Started");
        assertThat(browser.findElement(By.id("status")).getText()).contains(server.configFile().getFileName().toString());
        // a single server without farm settings: no node column, node filter or node list
        assertThat(browser.findElement(By.cssSelector("#sessions th[data-key=serverName]")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("filter-node")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("nodes")).isDisplayed()).isFalse();
        assertThat(browser.executeScript("return sessionStorage.getItem('apphost-ftp.token')")).isEqualTo(http.token());
        assertThat(browser.executeScript("return localStorage.length")).isEqualTo(0L);
        assertThat(browser.manage().getCookies()).isEmpty();
        assertThat(browser.getCurrentUrl()).doesNotContain(http.token());

        browser.navigate().refresh(); // the same tab keeps it
        await().atMost(Duration.ofSeconds(5)).until(() -> browser.findElement(By.id("console")).isDisplayed());
        browser.findElement(By.id("sign-out")).click();
        assertThat(browser.executeScript("return sessionStorage.length")).isEqualTo(0L);
        assertThat(browser.findElement(By.id("login")).isDisplayed()).isTrue();
    }

    @Test
    void aClientThatConnectsAppearsWithoutReloadingThePageAndLeavesWhenItQuits() {
        signedIn();
        try (RawFtp bob = loggedIn(server.port(2121), "bob")) {
            await().atMost(Duration.ofSeconds(5)).until(() -> sessionRow("bob").isPresent());
            List<String> cells = sessionRow("bob").orElseThrow();
            assertThat(cells.get(2)).isEqualTo("127.0.0.1");
            assertThat(cells.get(4)).isEqualTo("PASS ***");
            assertThat(cells.get(5)).isEqualTo("USER bob");
            assertThat(cells.get(10)).isEqualTo("Alpha");
            assertThat(cells.get(13)).isEqualTo("none");

            bob.command("NOOP");
            await().atMost(Duration.ofSeconds(5)).until(() -> sessionRow("bob").orElseThrow().get(4).equals("NOOP"));
            bob.command("QUIT");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> sessionRow("bob").isEmpty());
    }

    @Test
    void disconnectAsksFirstAndThenTheClientGets421() {
        signedIn();
        try (RawFtp bob = loggedIn(server.port(2121), "bob"); RawFtp carol = loggedIn(server.port(2121), "carol")) {
            await().atMost(Duration.ofSeconds(5)).until(() -> sessionRow("bob").isPresent() && sessionRow("carol").isPresent());

            rowButton("sessions", 1, "bob").click();
            browser.switchTo().alert().dismiss(); // changed my mind: nothing happens
            assertThat(bob.command("NOOP")).isEqualTo(200);

            rowButton("sessions", 1, "bob").click();
            assertThat(browser.switchTo().alert().getText()).contains("bob", "127.0.0.1", "Alpha");
            browser.switchTo().alert().accept();

            assertThat(bob.reply()).startsWith("421 Session terminated by administrator.");
            await().atMost(Duration.ofSeconds(5)).until(() -> sessionRow("bob").isEmpty());
            assertThat(carol.command("NOOP")).isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> browser.findElement(By.cssSelector("#audit tbody")).getText()
                    .contains("Terminate"));
            assertThat(browser.findElement(By.cssSelector("#audit tbody")).getText()).contains("user bob", "token management.token");
        }
    }

    @Test
    void disconnectSelectedEndsEveryCheckedSessionAfterOneConfirmation() {
        signedIn();
        try (RawFtp bob = loggedIn(server.port(2121), "bob"); RawFtp carol = loggedIn(server.port(2122), "carol");
             RawFtp other = loggedIn(server.port(2121), "carol")) {
            await().atMost(Duration.ofSeconds(5)).until(() -> rows("sessions").size() == 3);
            browser.findElement(By.id("filter-site")).sendKeys("Alpha"); // the filter narrows what "select all" takes
            await().atMost(Duration.ofSeconds(5)).until(() -> rows("sessions").size() == 2);
            browser.findElement(By.id("select-all")).click();
            browser.findElement(By.id("disconnect-selected")).click();
            assertThat(browser.switchTo().alert().getText()).contains("2 selected sessions");
            browser.switchTo().alert().accept();

            assertThat(bob.reply()).startsWith("421 ");
            assertThat(other.reply()).startsWith("421 ");
            assertThat(carol.command("NOOP")).isEqualTo(200); // Beta, not shown, not selected
        }
    }

    @Test
    void stopAndStartASiteFromTheConsole() {
        signedIn();
        await().atMost(Duration.ofSeconds(5)).until(() -> !rows("sites").isEmpty());
        int beta = server.port(2122);
        try (RawFtp client = loggedIn(beta, "bob")) {
            rowButton("sites", 0, "Beta").click();
            assertThat(browser.switchTo().alert().getText()).contains("Beta");
            browser.switchTo().alert().accept();

            assertThat(client.reply()).startsWith("421 ");
            await().atMost(Duration.ofSeconds(5)).until(() -> siteState("Beta").equals("Stopped"));
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), beta).close()).isInstanceOf(ConnectException.class);
            assertThat(rowButton("sites", 0, "Beta").getText()).isEqualTo("Start");
        }
        rowButton("sites", 0, "Beta").click();
        await().atMost(Duration.ofSeconds(5)).until(() -> siteState("Beta").equals("Started"));
        try (RawFtp again = loggedIn(beta, "bob")) {
            assertThat(again.command("NOOP")).isEqualTo(200);
        }
        assertThat(siteState("Alpha")).isEqualTo("Started");
    }

    private String siteState(String site) {
        return rows("sites").stream().filter(r -> r.get(1).equals(site)).map(r -> r.get(3)).findFirst().orElse("");
    }

    @Test
    void aUserNamedLikeMarkupIsShownAsThoseCharactersAndNeverRuns() {
        signedIn();
        try (RawFtp hostile = new RawFtp(server.port(2121))) {
            hostile.reply();
            assertThat(hostile.command("USER " + HOSTILE)).isEqualTo(331);
            assertThat(hostile.command("SITE <script>alert(2)</script>")).isGreaterThanOrEqualTo(500);

            await().atMost(Duration.ofSeconds(5)).until(() -> sessionRow(HOSTILE).isPresent());
            List<String> cells = sessionRow(HOSTILE).orElseThrow();
            assertThat(cells.get(4)).isEqualTo("SITE <script>alert(2)</script>");
            assertThat(browser.findElements(By.cssSelector("#sessions img, #sessions script"))).isEmpty();
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

            rowButton("sessions", 1, HOSTILE).click();
            assertThat(browser.switchTo().alert().getText()).contains(HOSTILE);
            browser.switchTo().alert().accept();
            assertThat(hostile.reply()).startsWith("421 ");
        } catch (UncheckedIOException e) {
            throw new AssertionError("the hostile client lost its connection before the 421", e);
        }
    }
}
