package org.apphostftp.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** An answer's content, which can be written in either {@link Format}. */
interface Body {

    /** Writes the JSON form, value by value (large listings are never built as a tree first). */
    void writeJson(JsonGenerator json) throws IOException;

    /** The XML form, in the element shape of applicationHost.config. */
    String xml();
}
