package org.apphostftp.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many logged-in control connections that then stay idle, opened by a few threads in parallel. */
final class IdleClients implements AutoCloseable {

    private final List<FtpControl> connections;

    private IdleClients(List<FtpControl> connections) {
        this.connections = connections;
    }

    static IdleClients open(int port, String user, String password, int count, int parallel) throws Exception {
        List<FtpControl> opened = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < parallel; t++) {
                int share = count / parallel + (t < count % parallel ? 1 : 0);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        opened.add(FtpControl.connect(port).login(user, password));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            opened.forEach(FtpControl::close);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        return new IdleClients(opened);
    }

    int size() {
        return connections.size();
    }

    @Override
    public void close() {
        connections.forEach(FtpControl::close);
    }
}
