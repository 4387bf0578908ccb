package org.apphostftp.configapi;

import java.util.HashMap;
import java.util.Map;
import org.apphostftp.config.jaxb.ConfigurationXml;
import org.apphostftp.config.jaxb.FtpServer;
import org.apphostftp.config.jaxb.JaxbView;
import org.apphostftp.config.jaxb.Site;
import org.apphostftp.config.jaxb.SitesSection;

/**
 * Fills the runtime parts of a typed view ({@code ftpServer/@state}, {@code @lastStartupStatus} and
 * {@code ftpServer/sessions/session}) from the running server, at the moment of the call. The values come through
 * the same providers and the same rendering as {@code GET /api/config}, so the typed view and the config API always
 * agree. The view is a copy: changing it changes neither the server nor the file.
 */
final class TypedRuntimeView {

    private static final String SITES = "system.applicationHost/sites";

    private TypedRuntimeView() {
    }

    static ConfigurationXml fill(ConfigurationXml view, Configuration configuration) {
        if (view.systemApplicationHost == null || view.systemApplicationHost.sites == null) {
            return view;
        }
        String live = ConfigurationRenderer.standard().toXml(configuration.getSection(SITES));
        Map<String, Site> liveSites = new HashMap<>();
        for (Site site : JaxbView.readFragment(live, SitesSection.class).sites) {
            liveSites.put(site.name, site);
        }
        for (Site site : view.systemApplicationHost.sites.sites) {
            Site running = liveSites.get(site.name);
            if (running != null && running.ftpServer != null) {
                copyRuntime(running.ftpServer, site);
            }
        }
        return view;
    }

    private static void copyRuntime(FtpServer running, Site site) {
        if (site.ftpServer == null) {
            site.ftpServer = new FtpServer();
        }
        site.ftpServer.state = running.state;
        site.ftpServer.lastStartupStatus = running.lastStartupStatus;
        site.ftpServer.sessions = running.sessions;
    }
}
