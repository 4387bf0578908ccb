/**
 * apphost-ftp as a module for a Java program that embeds the server: {@code requires org.apphostftp;} then
 * {@code FtpHost.start(...)}, {@code host.serverManager()} (the config API) and {@code getTypedView()} (the typed JAXB
 * model). Only these packages are exported; every other package is internal and may change in any release
 * (README, "Public API").
 */
module org.apphostftp {
    // the public API: the host, the config API, the typed model (with the IIS enums it uses as values), the schema
    // metadata and the FILE:LINE:COL locations the config API's exceptions carry
    exports org.apphostftp;
    exports org.apphostftp.configapi;
    exports org.apphostftp.config.jaxb;
    exports org.apphostftp.config.effective;
    exports org.apphostftp.config.location;
    exports org.apphostftp.config.schema;

    // the typed model's annotations and JAXBContext are part of its signatures
    requires transitive jakarta.xml.bind;
    requires transitive java.xml;
    // ConfigurationRenderer.writeJsonObject writes to a jackson-core JsonGenerator
    requires transitive com.fasterxml.jackson.core;
    requires org.glassfish.jaxb.runtime;
    requires com.ctc.wstx;
    requires org.codehaus.stax2;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires info.picocli;
    requires ftpserver.core;
    requires ftplet.api;
    requires mina.core;
    requires org.jgroups;
    requires micrometer.core;
    requires micrometer.registry.prometheus;
    requires micrometer.registry.jmx;
    requires java.management;
    requires java.net.http;
    requires jdk.httpserver;
    requires jdk.management;
    requires jdk.unsupported;

    // JAXB binds the typed model by reflection; picocli fills the CLI's options; Logback makes our converters by name
    opens org.apphostftp.config.jaxb to jakarta.xml.bind, org.glassfish.jaxb.runtime, org.glassfish.jaxb.core;
    opens org.apphostftp.cli to info.picocli;
    opens org.apphostftp.log.logback to ch.qos.logback.core;

    // the CLI's quiet logging for client commands (META-INF/services on the class path)
    provides ch.qos.logback.classic.spi.Configurator with org.apphostftp.cli.ClientLogging;
}
