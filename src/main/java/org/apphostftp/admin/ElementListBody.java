package org.apphostftp.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationRenderer;

/**
 * Elements of one kind inside a wrapper element; in XML always {@code <sessions><session .../>...</sessions>}. JSON is
 * written element by element, so a listing of thousands of sessions never exists as one tree.
 */
final class ElementListBody implements Body {

    private final String wrapper;
    private final boolean asElement;
    private final List<ConfigurationElement> elements;
    private final ConfigurationRenderer renderer;

    private ElementListBody(String wrapper, boolean asElement, List<ConfigurationElement> elements, ConfigurationRenderer renderer) {
        this.wrapper = wrapper;
        this.asElement = asElement;
        this.elements = elements;
        this.renderer = renderer;
    }

    /** A listing: {@code {"sessions": [{...}, ...]}}. */
    static ElementListBody listing(String wrapper, List<ConfigurationElement> elements, ConfigurationRenderer renderer) {
        return new ElementListBody(wrapper, false, elements, renderer);
    }

    /**
     * The elements as items of a wrapper element, in the config JSON shape: {@code {"sites": {"site": [{...}]}}}
     * ({@code {"sites": {}}} when there are none).
     */
    static ElementListBody insideElement(String wrapper, List<ConfigurationElement> elements, ConfigurationRenderer renderer) {
        return new ElementListBody(wrapper, true, elements, renderer);
    }

    @Override
    public void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        if (asElement) {
            json.writeObjectFieldStart(wrapper);
            if (!elements.isEmpty()) {
                writeArray(json, elements.get(0).getElementTagName());
            }
            json.writeEndObject();
        } else {
            writeArray(json, wrapper);
        }
        json.writeEndObject();
    }

    private void writeArray(JsonGenerator json, String name) throws IOException {
        json.writeArrayFieldStart(name);
        for (ConfigurationElement e : elements) {
            renderer.writeJsonObject(json, e);
        }
        json.writeEndArray();
    }

    @Override
    public String xml() {
        return renderer.toXml(wrapper, elements);
    }
}
