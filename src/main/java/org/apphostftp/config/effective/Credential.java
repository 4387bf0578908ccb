package org.apphostftp.config.effective;

import java.util.Set;
import org.apphostftp.config.location.Location;

/**
 * A user of the credential store ({@code system.webServer/management/authentication/credentials}).
 *
 * @param roles    lower-case role names
 * @param location where the user is written
 */
public record Credential(String name, PasswordHash password, boolean enabled, Set<String> roles, Location location) {
}
