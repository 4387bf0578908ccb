package org.apphostftp.config.xml;

import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;

/** The file cannot be read as XML (or breaks a safety limit); nothing beyond this point can be checked. */
public final class XmlSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Location location;

    public XmlSyntaxException(Location location, String message) {
        super(message);
        this.location = location;
    }

    public Location location() {
        return location;
    }

    public Problem toProblem() {
        return Problem.error(location, getMessage());
    }
}
