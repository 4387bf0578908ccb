package org.apphostftp.appcmd;

import java.util.Map;

/** One step of an appcmd attribute path: a name ({@code ftpServer}) or a collection item selector ({@code [name='S']}). */
sealed interface Segment {

    /** An element or attribute name, as written (names match without regard to case). */
    record Name(String name) implements Segment {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code [key='value',...]}: the keys in the order written. */
    record Selector(Map<String, String> keys) implements Segment {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("[");
            keys.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(k).append("='").append(v).append('\''));
            return out.append(']').toString();
        }
    }
}
