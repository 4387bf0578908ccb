package org.apphostftp.farm;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.jgroups.Message;
import org.jgroups.auth.AuthToken;

/**
 * JGroups AUTH token of a farm: an HMAC that only a holder of the farm secret can make. A node whose token differs is
 * refused when it joins or merges (and it travels encrypted, so it cannot be replayed by someone without the secret).
 */
public final class FarmJoinToken extends AuthToken {

    private byte[] token;

    /** For JGroups, which reads a received token into a new instance. */
    public FarmJoinToken() {
    }

    FarmJoinToken(byte[] token) {
        this.token = token;
    }

    @Override
    public String getName() {
        return FarmJoinToken.class.getName();
    }

    @Override
    public int size() {
        return 4 + (token == null ? 0 : token.length);
    }

    @Override
    public boolean authenticate(AuthToken received, Message message) {
        boolean ok = received instanceof FarmJoinToken t && FarmKeys.sameToken(token, t.token);
        if (!ok) {
            log.warn("farm: refused %s, whose farm secret differs", message.getSrc());
        }
        return ok;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(token == null ? -1 : token.length);
        if (token != null) {
            out.write(token);
        }
    }

    @Override
    public void readFrom(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64) {
            token = null;
            return;
        }
        token = new byte[length];
        in.readFully(token);
    }
}
