package org.apphostftp.site;

import java.time.Instant;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.session.LiveSession;

/**
 * One finished command (or infrastructure event) for the W3C log.
 *
 * @param method   the verb, or ControlChannelOpened/ControlChannelClosed/DataChannelOpened/DataChannelClosed
 * @param argument the argument as received ("***" for PASS), "" when none
 * @param fullPath the virtual path the command acted on, "" when none
 * @param status   the FTP reply code (0 for events without a reply)
 * @param substatus the IIS FTP substatus (request filtering: 8 hidden segment, 9 deny sequence, 10 high-bit, 11 file
 *                  extension, 12 path too long; 0 otherwise)
 * @param win32    a Win32-style status (0 success, 1326 logon failure)
 * @param dataPort the local data port for DataChannelOpened/Closed events (s-port), else 0
 */
public record CommandRecord(SiteConfig site, LiveSession session, Instant time, String method, String argument,
                            String fullPath, int status, int substatus, long win32, long bytesSent, long bytesReceived, long millis,
                            int dataPort) {
}
