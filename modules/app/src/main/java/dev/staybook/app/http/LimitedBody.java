package dev.staybook.app.http;

import dev.staybook.app.problem.BodyNotReceived;
import dev.staybook.app.problem.BodyTooLarge;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * The request's body stream, which fails with {@link BodyTooLarge} as soon as more than the limit has been read, and
 * with {@link BodyNotReceived} when the container cannot read the rest (the client went or stalled).
 */
final class LimitedBody extends ServletInputStream {

    private final ServletInputStream body;
    private final long limit;
    private long read;

    LimitedBody(ServletInputStream body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = body.read();
        } catch (IOException broken) {
            throw new BodyNotReceived(broken);
        }
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = body.read(buffer, offset, length);
        } catch (IOException broken) {
            throw new BodyNotReceived(broken);
        }
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int bytes) throws BodyTooLarge {
        read += bytes;
        if (read > limit) {
            throw new BodyTooLarge(limit);
        }
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }
}
