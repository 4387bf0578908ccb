package org.apphostftp.layersfixture.upper;

import org.apphostftp.layersfixture.lower.Lower;

/** Half of a deliberate package cycle: LayersTest shows its rules catch one. */
public final class Upper {
    public Lower lower() {
        return new Lower();
    }
}
