package dev.staybook.app.http;

import dev.staybook.app.problem.BodyTooLarge;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** The request's body stream, which fails with {@link BodyTooLarge} as soon as more than the limit has been read. */
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
        int b = body.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = body.read(buffer, offset, length);
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
