package org.apphostftp.site;

/** Receives every finished command for the site's W3C log; must only enqueue (it runs on FTP threads). */
public interface CommandLog {

    void record(CommandRecord record);
}
