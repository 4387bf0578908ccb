package org.apphostftp.audit;

/**
 * One audit line.
 *
 * @param time   ISO-8601 UTC with milliseconds
 * @param action {@code Terminate}, {@code Start}, {@code Stop}, {@code commit}, {@code reload}, {@code user add}, ...
 * @param target what it acted on ({@code session 6f0c... (site S, user bob, 10.0.0.5)}, {@code site S}, a file)
 * @param result {@code ok}, or {@code failed: reason}
 * @param who    {@link Actor#name()}
 * @param from   {@link Actor#address()}
 */
public record AuditEntry(String time, String action, String target, String result, String who, String from) {
}
