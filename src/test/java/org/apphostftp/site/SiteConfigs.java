package org.apphostftp.site;

/** Small configuration texts for protocol tests: one site "S" on port 2121 rooted at root/, everyone may read and write. */
final class SiteConfigs {

    private SiteConfigs() {
    }

    /** A site whose ftpServer holds {@code ftpServerInner} (besides SslAllow and basic + anonymous logins). */
    static String site(String ftpServerInner) {
        return site(ftpServerInner, "");
    }

    /** ... and {@code serverLevel} after the sites (for example system.ftpServer sections). */
    static String site(String ftpServerInner, String serverLevel) {
        return "<configuration><system.applicationHost><sites>"
                + "<site name=\"S\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>"
                + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>"
                + "<ftpServer>" + ftpServerInner + "<security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                + "<authentication><anonymousAuthentication enabled=\"true\" /><basicAuthentication enabled=\"true\" />"
                + "</authentication></security></ftpServer></site>"
                + "</sites></system.applicationHost>" + serverLevel
                + "<location path=\"S\"><system.ftpServer><security><authorization>"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>"
                + "</configuration>";
    }
}
