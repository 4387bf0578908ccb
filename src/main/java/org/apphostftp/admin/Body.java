package org.apphostftp.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** An answer's content, which can be written in either {@link Format}. */
interface Body {

    /** Writes the JSON form, value by value (large listings are never built as a tree first). */
    void writeJson(JsonGenerator json) throws IOException;

    /** About how many bytes the JSON form takes, so that its buffer is allocated once. */
    default int sizeHint() {
        return 8192;
    }

    /** The XML form, in the element shape of applicationHost.config. */
    String xml();
}
