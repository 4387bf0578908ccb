package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** The {@code <system.ftpServer>} section group. */
@XmlAccessorType(XmlAccessType.FIELD)
public class SystemFtpServerGroup {

    @XmlElement(name = "caching")
    public CachingSection caching;
    @XmlElement(name = "firewallSupport")
    public FirewallSupportSection firewallSupport;
    @XmlElement(name = "log")
    public LogSection log;
    @XmlElement(name = "management")
    public ManagementSection management;
    @XmlElement(name = "farm")
    public FarmSection farm;
    @XmlElement(name = "providerDefinitions")
    public ProviderDefinitionsSection providerDefinitions;
    @XmlElement(name = "security")
    public SystemFtpServerSecurityGroup security;
    @XmlElement(name = "serverRuntime")
    public ServerRuntimeSection serverRuntime;
}
