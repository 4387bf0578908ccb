package org.apphostftp.log.logback;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import org.apphostftp.log.UnsafeText;

/**
 * {@code %ex} whose exception messages (which may quote a client's file name or command) have their unsafe characters
 * escaped; the lines of the stack trace stay lines.
 */
public final class EscapedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return super.throwableProxyToString(escaped(proxy));
    }

    private static IThrowableProxy escaped(IThrowableProxy proxy) {
        return proxy == null ? null : new EscapedThrowable(proxy);
    }

    /** The same throwable, its message (and its causes' and suppressed ones') escaped. */
    private record EscapedThrowable(IThrowableProxy original) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return UnsafeText.forLog(original.getMessage());
        }

        @Override
        public String getClassName() {
            return original.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return original.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return original.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return escaped(original.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = original.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] out = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                out[i] = escaped(suppressed[i]);
            }
            return out;
        }

        @Override
        public boolean isCyclic() {
            return original.isCyclic();
        }
    }
}
