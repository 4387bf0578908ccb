package org.apphostftp.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apphostftp.audit.Actor;
import org.apphostftp.audit.AuditTrail;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationApiException;
import org.apphostftp.configapi.ConfigurationMethodException;
import org.apphostftp.configapi.ConfigurationNotFoundException;
import org.apphostftp.configapi.HostStatus;
import org.apphostftp.configapi.InvalidFilterException;
import org.apphostftp.metrics.HostMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API without its transport: each request becomes config API calls on the host's read-only
 * {@link Configuration} of what it runs (filters through {@link Configuration#select}, rendering through the config
 * API's renderer, methods through {@code getMethods()}), and every failure an error answer with the right status. That
 * configuration is shared by every request until a reload or a commit changes what runs (see
 * {@link org.apphostftp.configapi.ConfigurationView}): no request copies the whole document.
 */
public final class AdminApi {

    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);
    private static final String RESOURCES = "/api/sites, /api/sessions, /api/config, /api/status, /api/audit, /metrics";

    private final Supplier<Configuration> configurations;
    private final Supplier<HostStatus> status;
    private final SitesResource sites = new SitesResource();
    private final SessionsResource sessions = new SessionsResource();
    private final ConfigResource config = new ConfigResource();
    private final StatusResource statusResource = new StatusResource();
    /** The farm this node belongs to; null on a single node. */
    private final FarmAdmin farm;
    private final AuditResource audit;
    private final ConsoleFiles console = new ConsoleFiles();
    private final Supplier<String> metrics;

    /**
     * @param configurations the configuration the host runs now, read-only (asked for once per request that needs it)
     * @param status   the host's status
     */
    public AdminApi(Supplier<Configuration> configurations, Supplier<HostStatus> status) {
        this(configurations, status, null, () -> "", null);
    }

    /**
     * @param audit   the host's audit trail: its latest lines at /api/audit (none when null)
     * @param metrics the Prometheus text of the host's meters, for /metrics
     * @param farm    the farm this node belongs to (/api/status lists the nodes, ?node= picks one); null on a single node
     */
    public AdminApi(Supplier<Configuration> configurations, Supplier<HostStatus> status, AuditTrail audit, Supplier<String> metrics,
                    FarmAdmin farm) {
        this.configurations = configurations;
        this.status = status;
        this.audit = new AuditResource(audit);
        this.metrics = metrics;
        this.farm = farm;
    }

    /**
     * The answer to a request that needs no token: the web console's static files (which hold no data). Empty for
     * every other path, which then needs the token.
     */
    Optional<Reply> answerWithoutToken(String method, URI uri) {
        return console.answer(method, uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** The answer to an authenticated request on behalf of {@code caller} (who the audit trail names); never throws. */
    Reply answer(String method, URI uri, String acceptHeader, Actor caller) {
        return Actor.runAs(caller, () -> answer(method, uri, acceptHeader));
    }

    /** The answer to an authenticated request; never throws. */
    Reply answer(String method, URI uri, String acceptHeader) {
        String path = uri.getRawPath();
        try {
            if ("/metrics".equals(path)) {
                return metrics(method, path);
            }
            ApiRequest request = ApiRequest.of(method, uri, acceptHeader);
            return Reply.of(route(request, new Scope()), request.format());
        } catch (ApiException e) {
            return Reply.error(e.status(), e.getMessage(), e.path(), e.allow() == null ? Map.of() : Map.of("Allow", e.allow()));
        } catch (InvalidFilterException e) {
            return Reply.error(400, e.getMessage(), e.getPath(), Map.of());
        } catch (ConfigurationNotFoundException e) {
            return Reply.error(404, e.getMessage(), e.getPath(), Map.of());
        } catch (ConfigurationMethodException e) {
            return Reply.error(409, e.getMessage(), path, Map.of());
        } catch (ConfigurationApiException e) {
            return Reply.error(400, e.getMessage(), e.getPath(), Map.of());
        } catch (RuntimeException e) {
            LOG.error("admin request {} {} failed", method, path, e);
            return Reply.error(500, "internal error (" + e.getClass().getSimpleName() + "); the server log has the details",
                    path, Map.of());
        }
    }

    /** GET /metrics: every meter in the Prometheus text format. */
    private Reply metrics(String method, String path) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw ApiException.methodNotAllowed(method, path, "GET");
        }
        return Reply.bytes(200, HostMeters.PROMETHEUS_TEXT, metrics.get().getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
    }

    private ApiResponse route(ApiRequest r, Scope scope) {
        List<String> s = r.segments();
        if (r.is("sites")) {
            return only(r, "GET", () -> sites.list(r, scope.config()));
        }
        if (s.size() == 3 && s.get(0).equals("sites") && (s.get(2).equals("start") || s.get(2).equals("stop"))) {
            String method = s.get(2).equals("start") ? "Start" : "Stop";
            if (farm != null && r.parameter("node").isPresent()) {
                return only(r, "POST", () -> sites.invokeOn(r, farm, r.parameter("node").get(), s.get(1), method, scope.config()));
            }
            return only(r, "POST", () -> sites.invoke(r, s.get(1), method, scope.config()));
        }
        if (r.is("sessions")) {
            return only(r, "GET", () -> sessions.list(r, scope.config()));
        }
        if (s.size() == 2 && s.get(0).equals("sessions")) {
            if (farm != null) {
                return only(r, "DELETE", () -> sessions.terminateInFarm(r, s.get(1), farm));
            }
            return only(r, "DELETE", () -> sessions.terminate(r, s.get(1), scope.config()));
        }
        if (r.is("config")) {
            return only(r, "GET", () -> config.get(r, scope.config()));
        }
        if (r.is("status")) {
            return only(r, "GET", () -> statusResource.get(r, status.get(), farm == null ? null : farm.status()));
        }
        if (r.is("audit")) {
            return only(r, "GET", () -> audit.latest(r));
        }
        throw new ApiException(404, "no such resource: " + r.path() + " (resources: " + RESOURCES + ")", r.path());
    }

    private static ApiResponse only(ApiRequest r, String method, Supplier<ApiResponse> action) {
        if (!r.method().equals(method)) {
            throw ApiException.methodNotAllowed(r.method(), r.path(), method);
        }
        return action.get();
    }

    /** The configuration one request reads, asked for when first needed, then the same for the whole request. */
    private final class Scope {
        private Configuration configuration;

        Configuration config() {
            if (configuration == null) {
                configuration = configurations.get();
            }
            return configuration;
        }
    }
}
