package org.apphostftp.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A {@code domainName} of an {@code ipSecurity} rule: a host name where '*' stands for any characters, dots included. */
final class HostNamePattern {

    private final Pattern pattern;

    private HostNamePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    static HostNamePattern of(String domainName) {
        String name = withoutTrailingDot(domainName.trim()).toLowerCase(Locale.ROOT);
        String regex = Arrays.stream(name.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return new HostNamePattern(Pattern.compile(regex));
    }

    boolean matches(String hostName) {
        return pattern.matcher(withoutTrailingDot(hostName).toLowerCase(Locale.ROOT)).matches();
    }

    private static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
