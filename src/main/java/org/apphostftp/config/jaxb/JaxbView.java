package org.apphostftp.config.jaxb;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.StringWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apphostftp.config.xml.SafeXmlReader;

/** Reads a document into the typed JAXB view and writes JAXB objects as XML in the file's shape. */
public final class JaxbView {

    private static final JAXBContext CONTEXT = createContext();

    private JaxbView() {
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(ConfigurationXml.class, SitesSection.class, Sessions.class, Session.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the JAXB model is inconsistent: " + e.getMessage(), e);
        }
    }

    public static JAXBContext context() {
        return CONTEXT;
    }

    /**
     * The typed view of the text of an applicationHost.config that was loaded (and so already checked);
     * {@code displayName} names the file in the message of a failure.
     */
    public static ConfigurationXml read(String text, String displayName) {
        try {
            XMLStreamReader reader = new SafeXmlReader().streamReader(text);
            Unmarshaller u = CONTEXT.createUnmarshaller();
            return u.unmarshal(reader, ConfigurationXml.class).getValue();
        } catch (JAXBException | XMLStreamException e) {
            throw new IllegalStateException("cannot bind " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** An XML fragment whose document element has the shape of {@code type} (a section or element of the model). */
    public static <T> T readFragment(String xml, Class<T> type) {
        try {
            XMLStreamReader reader = new SafeXmlReader().streamReader(xml);
            return CONTEXT.createUnmarshaller().unmarshal(reader, type).getValue();
        } catch (JAXBException | XMLStreamException e) {
            throw new IllegalStateException("cannot bind a <" + type.getSimpleName() + "> fragment: " + e.getMessage(), e);
        }
    }

    /** {@code value} as an indented XML fragment whose document element is {@code elementName}. */
    public static <T> String write(String elementName, Class<T> type, T value) {
        try {
            Marshaller m = CONTEXT.createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setProperty(Marshaller.JAXB_FRAGMENT, true);
            StringWriter out = new StringWriter();
            m.marshal(new jakarta.xml.bind.JAXBElement<>(new javax.xml.namespace.QName(elementName), type, value), out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write <" + elementName + ">: " + e.getMessage(), e);
        }
    }
}
