package org.apphostftp.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;
import org.apphostftp.configapi.ConfigurationNotFoundException;
import org.apphostftp.configapi.ConfigurationRenderer;

/**
 * {@code /api/sites}: every site with its name, id, state and bindings; the ftpServer Start and Stop methods.
 * JSON {@code {"sites": [{"name", "id", "state", "bindings": [...]}]}}; XML
 * {@code <sites><site name id state><bindings><binding/></bindings></site></sites>}.
 */
final class SitesResource {

    private static final String SITES = "system.applicationHost/sites";

    private final ConfigurationRenderer renderer = ConfigurationRenderer.standard();

    /** GET /api/sites */
    ApiResponse list(ApiRequest request, Configuration config) {
        request.accepting();
        List<Map<String, Object>> sites = new ArrayList<>();
        for (ConfigurationElement site : config.getSection(SITES).getCollection()) {
            sites.add(summary(site));
        }
        return ApiResponse.ok(new TreeBody(Map.of("sites", sites), () -> ConfigurationRenderer.jsonToXml("sites", xmlShape("site", sites))));
    }

    /** POST /api/sites/{name}/start or /stop: the method of the site's ftpServer; answers the site as it is then. */
    ApiResponse invoke(ApiRequest request, String siteName, String method, Configuration config) {
        request.accepting();
        ConfigurationElementCollection sites = config.getSection(SITES).getCollection();
        ConfigurationElement site = sites.find("name", siteName).orElseThrow(() ->
                new ConfigurationNotFoundException("/" + SITES + "/site" + FilterText.predicate(Map.of("name", siteName)),
                        "no such site: " + siteName));
        site.getChildElement("ftpServer").getMethods().get(method).createInstance().execute();
        Map<String, Object> summary = summary(site);
        return ApiResponse.ok(new TreeBody(summary, () -> ConfigurationRenderer.jsonToXml("site", xmlShape(summary))));
    }

    /** POST /api/sites/{name}/start?node=N or /stop?node=N: the method on one node of the farm only. */
    ApiResponse invokeOn(ApiRequest request, FarmAdmin farm, String node, String siteName, String method, Configuration config) {
        request.accepting("node");
        ConfigurationElement site = config.getSection(SITES).getCollection().find("name", siteName).orElseThrow(() ->
                new ConfigurationNotFoundException("/" + SITES + "/site" + FilterText.predicate(Map.of("name", siteName)),
                        "no such site: " + siteName));
        farm.siteMethodOn(node, String.valueOf(site.getAttributeValue("name")), method);
        Map<String, Object> summary = summary(site);
        summary.put("node", node);
        return ApiResponse.ok(new TreeBody(summary, () -> ConfigurationRenderer.jsonToXml("site", xmlShape(summary))));
    }

    private Map<String, Object> summary(ConfigurationElement site) {
        Map<String, Object> out = renderer.toJsonObject(site, List.of("name", "id"));
        out.put("state", String.valueOf(site.getChildElement("ftpServer").getAttributeValue("state")));
        Object startup = site.getChildElement("ftpServer").getAttributeValue("lastStartupStatus");
        if (startup instanceof Number n) { // an HRESULT: 0 when the last start worked
            out.put("lastStartupStatus", n.longValue());
        }
        out.put("bindings", renderer.toJsonArray(site.getChildElement("bindings").getCollection()));
        return out;
    }

    /** The XML tree of summaries: {@code {"site": [...]}} with each site's bindings as {@code {"binding": [...]}}. */
    private static Map<String, Object> xmlShape(String itemName, List<Map<String, Object>> sites) {
        List<Map<String, Object>> items = new ArrayList<>(sites.size());
        sites.forEach(s -> items.add(xmlShape(s)));
        return Map.of(itemName, items);
    }

    /** A copy with the bindings last, as {@code {"binding": [...]}} (the summary itself stays as the JSON shows it). */
    private static Map<String, Object> xmlShape(Map<String, Object> site) {
        Map<String, Object> copy = new LinkedHashMap<>(site);
        Object bindings = copy.remove("bindings");
        copy.put("bindings", Map.of("binding", bindings));
        return copy;
    }
}
