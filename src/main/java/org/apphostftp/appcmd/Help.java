package org.apphostftp.appcmd;

/** {@code appcmd /?} and {@code appcmd OBJECT /?}: what this appcmd supports. */
final class Help {

    private Help() {
    }

    static String text(AppcmdLine line) {
        return """
                appcmd for apphost-ftp: IIS's appcmd syntax for the FTP parts of applicationHost.config.

                APPCMD (command) (object-type) <identifier> </parameter1:value1 ...>

                Supported object types:
                  SITE    list, add, set, delete, start, stop   appcmd add site /name:S /bindings:ftp://*:21 /physicalPath:P
                  APP     list, add, set, delete                appcmd add app /site.name:S /path:/a /physicalPath:P
                  VDIR    list, add, set, delete                appcmd add vdir /app.name:"S/" /path:/pub /physicalPath:P
                  CONFIG  list, set, clear                      appcmd set config "S" -section:system.ftpServer/security/authorization /+[accessType='Allow',users='*',permissions='Read']

                Parameters start with / or -. Attribute paths use dots (/ftpServer.security.ssl.controlChannelPolicy:SslAllow);
                collections take /+[key='value',...] to add, /-[key='value'] to remove, /[key='value'].attribute:value to change.

                General parameters:
                  /text:*         every property of each object      /text:ATTRIBUTE  one value per object
                  /xml            XML output                          /commit:apphost  accepted (every change goes to applicationHost.config)
                  --config FILE   the applicationHost.config to use (default conf/applicationHost.config)

                Application pools, worker processes, requests, modules, backups and traces are web-server objects: not supported.
                """;
    }
}
