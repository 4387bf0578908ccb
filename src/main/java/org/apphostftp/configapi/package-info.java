/**
 * The public Java config API, after Microsoft.Web.Administration: {@link org.apphostftp.configapi.ServerManager}
 * → {@link org.apphostftp.configapi.Configuration} → sections, elements, collections, attributes and methods,
 * with the live state of the server (sessions, site state, Start/Stop/Terminate) read through the same tree.
 *
 * <ul>
 *   <li>Reads apply IIS inheritance (schema default → siteDefaults → site; server level → location paths, with
 *       add/remove/clear) and show uncommitted changes.</li>
 *   <li>Writes are kept until {@link org.apphostftp.configapi.ServerManager#commitChanges()}, which changes only the
 *       edited text of the file, checks the result with the loader's rules and writes it atomically.</li>
 *   <li>Runtime parts come from {@link org.apphostftp.configapi.RuntimeProviders} on every read and are read-only.</li>
 *   <li>{@link org.apphostftp.configapi.Configuration#select(String)} and
 *       {@link org.apphostftp.configapi.ConfigurationRenderer} are the filtering and rendering the CLI and the HTTP
 *       endpoint use.</li>
 * </ul>
 */
package org.apphostftp.configapi;
