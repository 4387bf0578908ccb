package org.apphostftp.config.effective;

/** The userIsolation/@mode values. */
public enum UserIsolationMode implements IisEnum {
    START_IN_USERS_DIRECTORY("StartInUsersDirectory", 0),
    ISOLATE_ROOT_DIRECTORY_ONLY("IsolateRootDirectoryOnly", 1),
    ACTIVE_DIRECTORY("ActiveDirectory", 2),
    ISOLATE_ALL_DIRECTORIES("IsolateAllDirectories", 3),
    NONE("None", 4),
    CUSTOM("Custom", 5);

    private final String iisName;
    private final long value;

    UserIsolationMode(String iisName, long value) {
        this.iisName = iisName;
        this.value = value;
    }

    @Override
    public String iisName() {
        return iisName;
    }

    @Override
    public long value() {
        return value;
    }
}
