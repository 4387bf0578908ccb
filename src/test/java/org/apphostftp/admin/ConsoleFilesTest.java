package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.apphostftp.AdminHttp;
import org.junit.jupiter.api.Test;

/** The console's files over HTTP: served without the token, with a strict policy; nothing else opens without it. */
class ConsoleFilesTest extends TwoSitesAdminTest {

    @Test
    void theConsolePageLoadsWithoutTheTokenUnderAStrictContentSecurityPolicy() {
        AdminHttp.Response page = http.send("GET", "/", null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script src=\"/console/console.js\" defer></script>").doesNotContain(http.token());
        String policy = page.raw().headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(http.send("GET", "/console/console.js", null, null).contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(http.send("GET", "/console/console.css", null, null).status()).isEqualTo(200);
    }

    @Test
    void theConsoleHasNoInlineScriptOrStyleAndNeverWritesMarkupFromData() {
        String page = http.send("GET", "/", null, null).body();
        String script = http.send("GET", "/console/console.js", null, null).body();

        assertThat(page).doesNotContainPattern("<script>|<script [^>]*>[^<]|<style|style=\"| on[a-z]+=");
        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "localStorage")
                .contains("sessionStorage");
    }

    @Test
    void everythingElseStillNeedsTheToken() {
        assertThat(http.send("GET", "/api/sessions", null, null).status()).isEqualTo(401);
        assertThat(http.send("GET", "/metrics", null, null).status()).isEqualTo(401);
        assertThat(http.send("GET", "/api/audit", null, null).status()).isEqualTo(401);
        assertThat(http.send("GET", "/console/other.js", null, null).status()).isEqualTo(401);
        assertThat(http.send("GET", "/console/../api/sessions", null, null).status()).isEqualTo(401);
    }

    @Test
    void aConsoleFileRefusesOtherMethods() {
        AdminHttp.Response post = http.send("POST", "/", null, null);

        assertThat(post.status()).isEqualTo(405);
        assertThat(post.json().get("error").asText()).contains("use GET");
        assertThat(post.raw().headers().firstValue("Allow")).contains("GET, HEAD");
    }
}
