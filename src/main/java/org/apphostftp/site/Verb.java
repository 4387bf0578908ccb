package org.apphostftp.site;

import java.util.Locale;

/**
 * A command line split as MINA dispatches it: the verb upper-cased with one leading X dropped (XPWD → PWD),
 * and the argument. AUTH TLS-C and TLS-P are rewritten to the spellings MINA 1.2.1 accepts.
 *
 * @param raw       the verb as sent, upper-cased
 * @param name      the verb MINA's command factory knows it by
 * @param rewritten the line passed on to MINA
 */
record Verb(String raw, String name, String argument, String rewritten) {

    static Verb of(String line) {
        String trimmed = line.trim();
        int space = trimmed.indexOf(' ');
        String raw = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
        String argument = space < 0 ? "" : trimmed.substring(space + 1);
        String name = raw.length() > 1 && raw.charAt(0) == 'X' ? raw.substring(1) : raw;
        String rewritten = trimmed;
        if (name.equals("AUTH")) {
            String mechanism = argument.trim().toUpperCase(Locale.ROOT);
            if (mechanism.equals("TLS-C")) {
                rewritten = "AUTH TLS";
            } else if (mechanism.equals("TLS-P")) {
                rewritten = "AUTH SSL";
            }
        }
        return new Verb(raw, name, argument, rewritten);
    }
}
