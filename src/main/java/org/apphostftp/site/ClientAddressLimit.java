package org.apphostftp.site;

import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@code serverRuntime/connectionLimits/@maxConnectionsPerClient} (ours): control connections from one client address,
 * all sites and endpoints of the process together. One address cannot then take every descriptor or slot of the server.
 */
final class ClientAddressLimit implements ConnectionRule {

    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final LongSupplier max;

    /** {@code max}: the limit as configured now (0 = no limit), read at each connect so a reload applies at once. */
    ClientAddressLimit(LongSupplier max) {
        this.max = max;
    }

    @Override
    public Optional<Refusal> check(SessionState state) {
        long limit = max.getAsLong();
        InetAddress client = state.client();
        boolean[] admitted = {false};
        open.compute(client, (address, count) -> {
            int now = count == null ? 0 : count;
            if (limit > 0 && now >= limit) {
                return count;
            }
            admitted[0] = true;
            return now + 1;
        });
        if (!admitted[0]) {
            return Optional.of(Refusal.reply("maxConnectionsPerClient",
                    Replies.of(421, "Too many connections from your address (" + limit + "); try again later.")));
        }
        state.onRelease(() -> open.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1));
        return Optional.empty();
    }

    /** Open connections from {@code client} (for tests and diagnostics). */
    int connections(InetAddress client) {
        return open.getOrDefault(client, 0);
    }
}
