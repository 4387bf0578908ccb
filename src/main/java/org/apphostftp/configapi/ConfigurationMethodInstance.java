package org.apphostftp.configapi;

import org.apphostftp.config.schema.MethodSchema;

/**
 * One call of a method. Methods act on the running server at once; they need no commit. Without a running server
 * (a {@link ServerManager} on a file) there is nothing to act on and {@link #execute()} says so.
 */
public final class ConfigurationMethodInstance {

    private final Node target;
    private final MethodSchema schema;
    private final DetachedNode input;
    private ConfigurationElement output;

    ConfigurationMethodInstance(Node target, MethodSchema schema) {
        this.target = target;
        this.schema = schema;
        this.input = DetachedNode.input(target.configuration, schema.input(), target.path().child(schema.name()).child("input"));
    }

    /** The input to set before {@link #execute()} (empty for methods without inputs). */
    public ConfigurationElement getInput() {
        return new ConfigurationElement(input);
    }

    /**
     * Runs the method on the live object.
     *
     * @throws ConfigurationNotFoundException when the target is not live (a session that has ended)
     * @throws IllegalStateException          when no running server provides the method
     */
    public void execute() {
        RuntimeMethodProvider provider = target.configuration.providers().method(target.schemaPath(), schema.name())
                .orElseThrow(() -> new IllegalStateException("method " + schema.name() + " of " + target.path()
                        + " needs the running server, and this ServerManager has none (it reads the file only)"));
        RuntimeValues result = provider.invoke(target.path(), input.typedInput());
        output = new ConfigurationElement(DetachedNode.output(target.configuration, schema.output(),
                target.path().child(schema.name()).child("output"), result == null ? RuntimeValues.EMPTY : result));
    }

    /** What the method returned; only after {@link #execute()}. */
    public ConfigurationElement getOutput() {
        if (output == null) {
            throw new IllegalStateException("method " + schema.name() + " of " + target.path() + " has not been executed");
        }
        return output;
    }
}
