package org.apphostftp.admin;

/** The two representations of every answer: JSON (the default) and XML in the applicationHost.config shape. */
enum Format {
    JSON("application/json; charset=utf-8"),
    XML("application/xml; charset=utf-8");

    private final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** The representation an Accept header asks for: the first JSON or XML media type it names, else JSON. */
    static Format accepted(String acceptHeader) {
        if (acceptHeader == null) {
            return JSON;
        }
        for (String range : acceptHeader.split(",")) {
            String type = range.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (type.equals("application/json")) {
                return JSON;
            }
            if (type.equals("application/xml") || type.equals("text/xml")) {
                return XML;
            }
        }
        return JSON;
    }
}
