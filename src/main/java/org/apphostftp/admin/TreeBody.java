package org.apphostftp.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Supplier;

/** A small answer held as a JSON tree, with its XML form. */
final class TreeBody implements Body {

    private final ObjectNode json;
    private final Supplier<String> xml;

    TreeBody(ObjectNode json, Supplier<String> xml) {
        this.json = json;
        this.xml = xml;
    }

    @Override
    public void writeJson(JsonGenerator out) throws IOException {
        out.writeTree(json);
    }

    @Override
    public String xml() {
        return xml.get();
    }
}
