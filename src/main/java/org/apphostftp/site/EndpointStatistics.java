package org.apphostftp.site;

import java.net.InetAddress;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.User;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.ServerFtpStatistics;
import org.apache.ftpserver.impl.FileObserver;
import org.apache.ftpserver.impl.StatisticsObserver;

/**
 * MINA's statistics of one endpoint on lock-free counters. The stock implementation synchronizes every connect and
 * transfer and keeps a table per user and client address forever.
 */
final class EndpointStatistics implements ServerFtpStatistics {

    private final Date started = new Date();
    private final AtomicInteger uploads = new AtomicInteger();
    private final AtomicInteger downloads = new AtomicInteger();
    private final AtomicInteger deletes = new AtomicInteger();
    private final AtomicLong uploadBytes = new AtomicLong();
    private final AtomicLong downloadBytes = new AtomicLong();
    private final AtomicInteger mkdirs = new AtomicInteger();
    private final AtomicInteger rmdirs = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger openConnections = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger failedLogins = new AtomicInteger();
    private final AtomicInteger currentLogins = new AtomicInteger();
    private final AtomicInteger anonymousLogins = new AtomicInteger();
    private final AtomicInteger currentAnonymous = new AtomicInteger();

    @Override
    public void setObserver(StatisticsObserver observer) {
        // observers are not used: sessions are observed through the session registry
    }

    @Override
    public void setFileObserver(FileObserver observer) {
        // observers are not used: transfers are observed through the W3C log
    }

    @Override
    public void setUpload(FtpIoSession session, FtpFile file, long size) {
        uploads.incrementAndGet();
        uploadBytes.addAndGet(size);
    }

    @Override
    public void setDownload(FtpIoSession session, FtpFile file, long size) {
        downloads.incrementAndGet();
        downloadBytes.addAndGet(size);
    }

    @Override
    public void setMkdir(FtpIoSession session, FtpFile dir) {
        mkdirs.incrementAndGet();
    }

    @Override
    public void setRmdir(FtpIoSession session, FtpFile dir) {
        rmdirs.incrementAndGet();
    }

    @Override
    public void setDelete(FtpIoSession session, FtpFile file) {
        deletes.incrementAndGet();
    }

    @Override
    public void setOpenConnection(FtpIoSession session) {
        connections.incrementAndGet();
        openConnections.incrementAndGet();
    }

    @Override
    public void setCloseConnection(FtpIoSession session) {
        openConnections.decrementAndGet();
    }

    @Override
    public void setLogin(FtpIoSession session) {
        logins.incrementAndGet();
        currentLogins.incrementAndGet();
        if (session.getUser() instanceof SiteUser u && u.identity().anonymous()) {
            anonymousLogins.incrementAndGet();
            currentAnonymous.incrementAndGet();
        }
    }

    @Override
    public void setLoginFail(FtpIoSession session) {
        failedLogins.incrementAndGet();
    }

    @Override
    public void setLogout(FtpIoSession session) {
        if (session.getUser() instanceof SiteUser u) {
            currentLogins.decrementAndGet();
            if (u.identity().anonymous()) {
                currentAnonymous.decrementAndGet();
            }
        }
    }

    @Override
    public void resetStatisticsCounters() {
        uploads.set(0);
        downloads.set(0);
        deletes.set(0);
        uploadBytes.set(0);
        downloadBytes.set(0);
        mkdirs.set(0);
        rmdirs.set(0);
        connections.set(0);
        logins.set(0);
        failedLogins.set(0);
        anonymousLogins.set(0);
    }

    @Override
    public Date getStartTime() {
        return new Date(started.getTime());
    }

    @Override
    public int getTotalUploadNumber() {
        return uploads.get();
    }

    @Override
    public int getTotalDownloadNumber() {
        return downloads.get();
    }

    @Override
    public int getTotalDeleteNumber() {
        return deletes.get();
    }

    @Override
    public long getTotalUploadSize() {
        return uploadBytes.get();
    }

    @Override
    public long getTotalDownloadSize() {
        return downloadBytes.get();
    }

    @Override
    public int getTotalDirectoryCreated() {
        return mkdirs.get();
    }

    @Override
    public int getTotalDirectoryRemoved() {
        return rmdirs.get();
    }

    @Override
    public int getTotalConnectionNumber() {
        return connections.get();
    }

    @Override
    public int getCurrentConnectionNumber() {
        return openConnections.get();
    }

    @Override
    public int getTotalLoginNumber() {
        return logins.get();
    }

    @Override
    public int getTotalFailedLoginNumber() {
        return failedLogins.get();
    }

    @Override
    public int getCurrentLoginNumber() {
        return currentLogins.get();
    }

    @Override
    public int getTotalAnonymousLoginNumber() {
        return anonymousLogins.get();
    }

    @Override
    public int getCurrentAnonymousLoginNumber() {
        return currentAnonymous.get();
    }

    @Override
    public int getCurrentUserLoginNumber(User user) {
        return 0; // per-user counts are not kept (they grew without bound in the stock statistics)
    }

    @Override
    public int getCurrentUserLoginNumber(User user, InetAddress ipAddress) {
        return 0;
    }
}
