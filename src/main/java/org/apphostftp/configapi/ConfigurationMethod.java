package org.apphostftp.configapi;

import org.apphostftp.config.schema.MethodSchema;

/** A method of an element (Start, Stop, FlushLog, Terminate, Flush): create an instance, set its input, execute. */
public final class ConfigurationMethod {

    private final Node node;
    private final MethodSchema schema;

    ConfigurationMethod(Node node, MethodSchema schema) {
        this.node = node;
        this.schema = schema;
    }

    public String getName() {
        return schema.name();
    }

    public MethodSchema getSchema() {
        return schema;
    }

    public ConfigurationMethodInstance createInstance() {
        return new ConfigurationMethodInstance(node, schema);
    }

    @Override
    public String toString() {
        return schema.name() + " of " + node.path();
    }
}
