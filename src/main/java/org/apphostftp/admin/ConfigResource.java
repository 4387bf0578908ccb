package org.apphostftp.admin;

import java.util.List;
import java.util.regex.Pattern;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationRenderer;
import org.apphostftp.configapi.ConfigurationSection;

/**
 * {@code GET /api/config?section=PATH[&location=L][&filter=XPATH]}: a section as it is now, runtime parts included, in
 * the shape of the file. A filter selects elements of the section; it is a config API filter, either relative to the
 * section ({@code site[@name='S']/ftpServer/sessions/session}) or absolute ({@code /system.applicationHost/sites/site}),
 * and the answer is the section's element holding the selected elements.
 */
final class ConfigResource {

    private static final Pattern EDGE_SLASHES = Pattern.compile("^/+|/+$");

    private final ConfigurationRenderer renderer = ConfigurationRenderer.standard();

    ApiResponse get(ApiRequest request, Configuration config) {
        request.accepting("section", "location", "filter");
        String sectionPath = request.parameter("section").map(ConfigResource::trimSlashes).orElseThrow(() -> new ApiException(400,
                "parameter 'section' is required, e.g. section=system.applicationHost/sites", request.path()));
        String location = request.parameter("location").orElse("");
        ConfigurationSection section = section(request, config, sectionPath, location);
        if (request.parameter("filter").isEmpty()) {
            return ApiResponse.ok(new TreeBody(renderer.toJson(section), () -> renderer.toXml(section)));
        }
        String filter = absolute(request, sectionPath, request.parameter("filter").get().trim());
        List<ConfigurationElement> selected = config.select(filter, location);
        return ApiResponse.ok(ElementListBody.insideElement(section.getElementTagName(), selected, renderer));
    }

    private static ConfigurationSection section(ApiRequest request, Configuration config, String sectionPath, String location) {
        try {
            return config.getSection(sectionPath, location);
        } catch (IllegalArgumentException e) { // a server-level-only section asked for at a location
            throw new ApiException(400, e.getMessage(), request.path());
        }
    }

    /** The filter as an absolute path; an absolute filter must stay in the section asked for. */
    private static String absolute(ApiRequest request, String sectionPath, String filter) {
        if (!filter.startsWith("/")) {
            return "/" + sectionPath + "/" + filter;
        }
        String prefix = "/" + sectionPath;
        boolean inSection = filter.startsWith(prefix) && (filter.length() == prefix.length()
                || "/[ ".indexOf(filter.charAt(prefix.length())) >= 0);
        if (!inSection) {
            throw new ApiException(400, "the filter '" + filter + "' is outside section " + sectionPath + ": start it with "
                    + prefix + ", or write it relative to the section (site[@name='S'])", request.path());
        }
        return filter;
    }

    private static String trimSlashes(String path) {
        return EDGE_SLASHES.matcher(path.trim()).replaceAll("");
    }
}
