package org.apphostftp.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.apphostftp.json.JsonTree;

/** A small answer held as a JSON tree (maps and lists, see {@link JsonTree}), with its XML form. */
final class TreeBody implements Body {

    private final Map<String, ?> json;
    private final Supplier<String> xml;

    TreeBody(Map<String, ?> json, Supplier<String> xml) {
        this.json = json;
        this.xml = xml;
    }

    @Override
    public void writeJson(JsonGenerator out) throws IOException {
        JsonTree.write(out, json);
    }

    @Override
    public String xml() {
        return xml.get();
    }
}
