package org.apphostftp.layersfixture.lower;

import org.apache.ftpserver.ftplet.FtpReply;
import org.apphostftp.layersfixture.upper.Upper;

/** The other half of the cycle, and a MINA type outside site and fs: LayersTest shows its rules catch both. */
public final class Lower {
    public Upper upper() {
        return new Upper();
    }

    public FtpReply reply() {
        return null;
    }
}
