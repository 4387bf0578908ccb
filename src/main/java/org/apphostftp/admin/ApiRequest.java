package org.apphostftp.admin;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One request as the API sees it: the method, the decoded path segments after {@code /api}, the query parameters and
 * the representation asked for.
 *
 * @param path     the path as sent (still percent-encoded), for error answers
 * @param segments the decoded segments after {@code /api} ({@code ["sites", "Default FTP Site", "stop"]})
 */
record ApiRequest(String method, String path, List<String> segments, Map<String, String> query, Format format) {

    ApiRequest {
        segments = List.copyOf(segments);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /**
     * The request for {@code uri}.
     *
     * @throws ApiException 404 outside {@code /api}, 400 for a parameter given twice or bad percent-encoding
     */
    static ApiRequest of(String method, URI uri, String acceptHeader) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        List<String> raw = new ArrayList<>(List.of(path.split("/", -1)));
        while (!raw.isEmpty() && raw.get(raw.size() - 1).isEmpty()) {
            raw.remove(raw.size() - 1); // "/api/sites/" is "/api/sites"
        }
        if (raw.size() < 2 || !raw.get(0).isEmpty() || !raw.get(1).equals("api")) {
            throw new ApiException(404, "no such resource: " + path + " (the admin API is under /api)", path);
        }
        List<String> segments = new ArrayList<>();
        for (String s : raw.subList(2, raw.size())) {
            segments.add(decode(s, path));
        }
        return new ApiRequest(method, path, segments, query(uri.getRawQuery(), path), Format.accepted(acceptHeader));
    }

    /** True when the path is exactly these segments. */
    boolean is(String... expected) {
        return segments.equals(List.of(expected));
    }

    /** A parameter that is given and not empty. */
    Optional<String> parameter(String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty());
    }

    /**
     * Refuses parameters the resource does not take (a typo would otherwise widen a listing silently).
     *
     * @throws ApiException 400 naming the unknown parameter and the known ones
     */
    ApiRequest accepting(String... names) {
        Set<String> known = Set.of(names);
        for (String given : query.keySet()) {
            if (!known.contains(given)) {
                throw new ApiException(400, "unknown parameter '" + given + "'; " + path + " takes "
                        + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))), path);
            }
        }
        return this;
    }

    private static Map<String, String> query(String rawQuery, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = formDecode(eq < 0 ? pair : pair.substring(0, eq), path);
            String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1), path);
            if (out.putIfAbsent(name, value) != null) {
                throw new ApiException(400, "parameter '" + name + "' is given more than once", path);
            }
        }
        return out;
    }

    /** A path segment: percent-decoding only ('+' is a plus sign in a path). */
    private static String decode(String segment, String path) {
        return formDecode(segment.replace("+", "%2B"), path);
    }

    private static String formDecode(String text, String path) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad percent-encoding in '" + text + "': " + e.getMessage(), path);
        }
    }
}
