package org.apphostftp.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationRenderer;
import org.apphostftp.json.JsonTree;

/**
 * Elements of one kind inside a wrapper element; in XML always {@code <sessions><session .../>...</sessions>}. JSON is
 * written element by element, so a listing of thousands of sessions never exists as one tree.
 */
final class ElementListBody implements Body {

    /** Elements a listing needs before it is rendered in parts on several cores. */
    static final int PER_PART = 2_000;
    private static final SerializedString COMMA = new SerializedString(",");

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
        int parts = Math.min(Math.max(2, Runtime.getRuntime().availableProcessors()), elements.size() / PER_PART);
        if (parts < 2) {
            renderer.writeJsonObjects(json, elements);
        } else {
            writeInParts(json, parts);
        }
        json.writeEndArray();
    }

    /**
     * A long listing (15,000 sessions of a farm take about 30 ms of CPU) rendered on several cores: every part but the
     * first in a task of the common pool, into its own bytes, the first here; then the parts follow it in order. A task
     * no pool thread has taken yet is run here when joined, so a busy pool costs nothing but the split.
     */
    private void writeInParts(JsonGenerator json, int parts) throws IOException {
        int size = elements.size();
        List<ForkJoinTask<ChunkedBytes>> rest = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            List<ConfigurationElement> part = elements.subList(size * p / parts, size * (p + 1) / parts);
            rest.add(ForkJoinPool.commonPool().submit(() -> render(part)));
        }
        renderer.writeJsonObjects(json, elements.subList(0, size / parts));
        json.flush();
        OutputStream out = (OutputStream) json.getOutputTarget();
        for (ForkJoinTask<ChunkedBytes> task : rest) {
            ChunkedBytes bytes = task.join();
            try {
                out.write(',');
                bytes.writeTo(out);
            } finally {
                bytes.release();
            }
        }
    }

    /** Elements as JSON objects separated by commas, as they stand inside an array. */
    private ChunkedBytes render(List<ConfigurationElement> part) {
        ChunkedBytes out = new ChunkedBytes();
        try (JsonGenerator json = JsonTree.FACTORY.createGenerator(out)) {
            json.setRootValueSeparator(COMMA);
            renderer.writeJsonObjects(json, part);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e); // memory only: not expected
        }
        return out;
    }

    @Override
    public String xml() {
        return renderer.toXml(wrapper, elements);
    }
}
