package nl.tafelwerk.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an upload while counting: the moment a body is larger than the limit, reading stops and the
 * file is refused. A size check after buffering would first hold the whole body, however large.
 */
public final class BoundedInput {

    private BoundedInput() {
    }

    /**
     * All bytes of the stream, at most {@code maxBytes}; reads at most one byte more to know it is too large.
     *
     * @throws TooLargeException as soon as byte {@code maxBytes + 1} arrives
     */
    public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        while (true) {
            int wanted = (int) Math.min(buffer.length, maxBytes + 1 - total);
            int n = in.read(buffer, 0, wanted);
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
    }

    /** The body was larger than {@link #maxBytes()}. */
    public static final class TooLargeException extends IOException {
        private final long maxBytes;

        TooLargeException(long maxBytes) {
            super("upload larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
