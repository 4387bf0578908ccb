package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** {@code <clear/>} in any collection: drops every inherited item. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClearEntry {
}
