package org.apphostftp.audit;

import java.util.function.Supplier;

/**
 * Who asked for an administrative action: the admin token's name and the client's address for the HTTP endpoint, the
 * local user for the CLI and the embedded config API, {@code watcher} for a saved file.
 *
 * @param name    {@code token management.token}, {@code local root}, {@code watcher}
 * @param address the remote address ({@code 127.0.0.1:53122}), or {@code local}
 */
public record Actor(String name, String address) {

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    /** The local user running this process (the CLI, or a program embedding the config API). */
    public static Actor localUser() {
        return new Actor("local " + System.getProperty("user.name", "?"), "local");
    }

    /** The actor of the action this thread performs now: the one set by {@link #runAs}, else the local user. */
    public static Actor current() {
        Actor actor = CURRENT.get();
        return actor == null ? localUser() : actor;
    }

    /** Runs {@code action} on this thread on behalf of {@code actor} (the admin endpoint wraps each request). */
    public static <T> T runAs(Actor actor, Supplier<T> action) {
        Actor before = CURRENT.get();
        CURRENT.set(actor);
        try {
            return action.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
