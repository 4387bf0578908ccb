package org.apphostftp.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three nodes in three JVMs on 127.0.0.2-4 (the same FTP port), one shared applicationHost.config: each node sees and
 * acts on the whole farm. The last tests take nodes away (a stranger with the wrong secret, a SIGSTOP, a SIGKILL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FarmNodesTest {

    private static final List<String> ADDRESSES = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4");
    private static final Duration JOINING = Duration.ofSeconds(90); // three cold JVMs on a busy machine
    private FarmOnLoopback farm;

    @BeforeAll
    void startThreeNodes() throws IOException {
        farm = new FarmOnLoopback(ADDRESSES);
        for (int i = 0; i < ADDRESSES.size(); i++) {
            farm.start("ftp" + (i + 2), ADDRESSES.get(i), FarmOnLoopback.SECRET);
        }
        await().atMost(JOINING).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            for (String address : ADDRESSES) {
                assertThat(farm.view(address)).containsExactlyInAnyOrder("ftp2", "ftp3", "ftp4");
            }
        });
    }

    @AfterAll
    void stopEveryNode() throws IOException {
        if (farm != null) {
            farm.close();
        }
    }

    @Test
    @Order(1)
    void aClientOnOneNodeIsListedAndTerminatedFromAnother() throws IOException {
        FTPClient client = new FTPClient();
        client.setDefaultTimeout(10_000);
        client.connect("127.0.0.3", farm.ftpPort);
        assertThat(client.login("anonymous", "farm@test")).isTrue();
        try {
            JsonNode sessions = farm.get("127.0.0.2", "/api/sessions?serverName=ftp3").path("sessions");
            assertThat(sessions).hasSize(1);
            assertThat(sessions.get(0).path("serverName").asText()).isEqualTo("ftp3");
            assertThat(sessions.get(0).path("serverIp").asText()).isEqualTo("127.0.0.3");
            assertThat(farm.get("127.0.0.2", "/api/sessions?serverName=ftp4").path("sessions")).isEmpty();
            String id = sessions.get(0).path("sessionId").asText();

            assertThat(farm.send("127.0.0.2", "/api/sessions/" + id, "DELETE").statusCode()).isEqualTo(204);
            assertThatThrownBy(client::noop) // the 421 is already waiting, then the server closes
                    .isInstanceOf(FTPConnectionClosedException.class).hasMessageContaining("421");
            assertThat(client.getReplyString()).contains("Session terminated by administrator.");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(farm.get("127.0.0.4", "/api/sessions").path("sessions")).isEmpty());
            assertThat(farm.send("127.0.0.4", "/api/sessions/" + id, "DELETE").statusCode()).isEqualTo(404);
        } finally {
            if (client.isConnected()) {
                client.disconnect();
            }
        }
    }

    @Test
    @Order(2)
    void aSaveIsAppliedByAllThreeNodesAndEachReportsItsOwnError() throws IOException {
        String good = Files.readString(farm.config);
        Files.writeString(farm.config, good.replace("<site name=\"Farm Site\" id=\"1\">", "<site name=\"Farm Site\" id=\"x\">"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (JsonNode node : farm.get("127.0.0.2", "/api/status").path("farm").path("nodes")) {
                assertThat(node.path("lastConfigError").path("message").asText()).as(node.path("name").asText()).contains("id");
            }
        });
        Files.writeString(farm.config, good.replace("bannerMessage=\"farm node\"", "bannerMessage=\"saved once\""));
        for (String address : ADDRESSES) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                FTPClient client = new FTPClient();
                client.connect(address, farm.ftpPort);
                try {
                    assertThat(client.getReplyString()).contains("saved once");
                } finally {
                    client.disconnect();
                }
            });
        }
        for (JsonNode node : farm.get("127.0.0.3", "/api/status").path("farm").path("nodes")) {
            assertThat(node.path("lastConfigError").isNull()).as(node.path("name").asText()).isTrue();
        }
    }

    @Test
    @Order(3)
    void stopActsOnOneNodeWhenAskedAndStartOnEveryNode() {
        String site = "/api/sites/Farm%20Site";
        assertThat(farm.send("127.0.0.2", site + "/stop?node=ftp3", "POST").statusCode()).isEqualTo(200);
        assertThat(accepts("127.0.0.3")).isFalse();
        assertThat(accepts("127.0.0.2")).isTrue();
        assertThat(accepts("127.0.0.4")).isTrue();
        assertThat(farm.send("127.0.0.2", site + "/stop?node=ftp9", "POST").statusCode()).isEqualTo(404);

        assertThat(farm.send("127.0.0.4", site + "/start", "POST").statusCode()).isEqualTo(200);
        for (String address : ADDRESSES) {
            assertThat(accepts(address)).as(address).isTrue();
        }
    }

    private boolean accepts(String address) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, farm.ftpPort), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @Order(4)
    void failedLoginsCountAcrossTheFarm() throws IOException {
        for (String address : ADDRESSES) { // one failure on each node: three in all, maxFailure is 3
            FTPClient client = new FTPClient();
            client.connect(address, farm.ftpPort);
            try {
                assertThat(client.login("nobody", "wrong")).isFalse();
            } finally {
                client.disconnect();
            }
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            FTPClient client = new FTPClient();
            try {
                assertThatThrownBy(() -> client.connect("127.0.0.2", farm.ftpPort)) // refused at the greeting
                        .isInstanceOf(FTPConnectionClosedException.class).hasMessageContaining("421");
            } finally {
                if (client.isConnected()) {
                    client.disconnect();
                }
            }
        });
    }

    @Test
    @Order(5)
    void aNodeWithTheWrongSecretIsNotAdmitted() throws IOException {
        farm.start("stranger", "127.0.0.5", "not-the-farm-secret-at-all");
        await().atMost(JOINING).ignoreExceptions().untilAsserted(() ->
                assertThat(farm.view("127.0.0.5")).containsExactly("stranger"));
        assertThat(farm.view("127.0.0.2")).containsExactlyInAnyOrder("ftp2", "ftp3", "ftp4");
        farm.kill("stranger");
    }

    @Test
    @Order(6)
    void randomBytesInjectedIntoTheFarmPortAreDroppedAndTheFarmGoesOn() throws IOException {
        try (java.net.Socket injector = new java.net.Socket("127.0.0.2", farm.farmPort)) {
            injector.setSoTimeout(20_000);
            byte[] junk = new byte[4096];
            new java.util.Random(17).nextBytes(junk);
            System.arraycopy("apphost-ftp:test".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, junk, 8, 16);
            injector.getOutputStream().write(junk);
            int answer;
            try {
                answer = injector.getInputStream().read(); // not the JGroups handshake: the node closes the connection
                while (answer >= 0) { // (it may answer before closing)
                    answer = injector.getInputStream().read();
                }
            } catch (java.net.SocketException reset) {
                answer = -1;
            }
            assertThat(answer).isEqualTo(-1);
        }
        assertThat(farm.view("127.0.0.2")).containsExactlyInAnyOrder("ftp2", "ftp3", "ftp4");
        assertThat(farm.get("127.0.0.3", "/api/sessions").has("sessions")).isTrue();
    }

    @Test
    @Order(7)
    void aFrozenNodeLeavesTheViewWhileTheOthersServeAndItRejoinsWithItsSessionsWhenItWakes() throws IOException {
        FTPClient onFtp3 = loggedIn("127.0.0.3");
        FTPClient onFtp4 = null;
        try {
            String held = sessionIds("127.0.0.2", "?serverName=ftp3").get(0);
            farm.freeze("ftp3");
            try {
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().untilAsserted(() -> {
                    assertThat(farm.view("127.0.0.2")).containsExactlyInAnyOrder("ftp2", "ftp4");
                    assertThat(farm.view("127.0.0.4")).containsExactlyInAnyOrder("ftp2", "ftp4");
                });
                assertThat(sessionIds("127.0.0.2", "")).doesNotContain(held);
                assertThat(sessionIds("127.0.0.4", "")).doesNotContain(held);

                onFtp4 = loggedIn("127.0.0.4"); // the others go on: a new client, listed and terminated from ftp2
                String fresh = await().atMost(Duration.ofSeconds(10)).until(() -> sessionIds("127.0.0.2", "?serverName=ftp4"),
                        ids -> !ids.isEmpty()).get(0); // a node's answer may miss the one-second wait under load
                assertThat(farm.send("127.0.0.2", "/api/sessions/" + fresh, "DELETE").statusCode()).isEqualTo(204);
                FTPClient terminated = onFtp4;
                assertThatThrownBy(terminated::noop).isInstanceOf(FTPConnectionClosedException.class).hasMessageContaining("421");
            } finally {
                farm.thaw("ftp3");
            }
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
                assertThat(farm.view("127.0.0.2")).containsExactlyInAnyOrder("ftp2", "ftp3", "ftp4");
                assertThat(sessionIds("127.0.0.4", "")).contains(held);
            });
            assertThat(onFtp3.sendNoOp()).isTrue(); // its client never noticed
        } finally {
            disconnect(onFtp3);
            disconnect(onFtp4);
        }
    }

    /** A client from 127.0.0.10: 127.0.0.1 may still be denied after {@link #failedLoginsCountAcrossTheFarm}. */
    private FTPClient loggedIn(String address) throws IOException {
        FTPClient client = new FTPClient();
        client.setDefaultTimeout(10_000);
        client.connect(java.net.InetAddress.getByName(address), farm.ftpPort, java.net.InetAddress.getByName("127.0.0.10"), 0);
        assertThat(client.login("anonymous", "farm@test")).isTrue();
        return client;
    }

    private List<String> sessionIds(String address, String query) {
        List<String> ids = new java.util.ArrayList<>();
        farm.get(address, "/api/sessions" + query).path("sessions").forEach(s -> ids.add(s.path("sessionId").asText()));
        return ids;
    }

    private static void disconnect(FTPClient client) throws IOException {
        if (client != null && client.isConnected()) {
            client.disconnect();
        }
    }

    @Test
    @Order(8)
    void aKilledNodeLeavesTheViewAndTheOthersGoOn() {
        farm.kill("ftp4");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat(farm.view("127.0.0.2")).containsExactlyInAnyOrder("ftp2", "ftp3"));
        assertThat(farm.get("127.0.0.3", "/api/sessions").has("sessions")).isTrue();
    }

    @Test
    @Order(9)
    void aRestartedNodeRejoinsByItself() throws IOException {
        farm.start("ftp4", "127.0.0.4", FarmOnLoopback.SECRET);
        await().atMost(JOINING).ignoreExceptions().untilAsserted(() ->
                assertThat(farm.view("127.0.0.2")).containsExactlyInAnyOrder("ftp2", "ftp3", "ftp4"));
    }
}
