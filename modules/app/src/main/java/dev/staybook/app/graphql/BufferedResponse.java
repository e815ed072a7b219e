package dev.staybook.app.graphql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Keeps what the endpoint writes, so that the filter can look at the whole answer before the client does. */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    /** The encoding of what the endpoint writes, and so of the body: the response's, UTF-8 if it names none. */
    Charset charset() {
        String encoding = getCharacterEncoding();
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("the GraphQL endpoint answers synchronously");
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, charset()));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        // the length of the rewritten body is set when it is written
    }

    @Override
    public void setContentLengthLong(long length) {
        // idem
    }

    @Override
    public void flushBuffer() {
        // nothing reaches the client before the filter has looked at it
    }
}
