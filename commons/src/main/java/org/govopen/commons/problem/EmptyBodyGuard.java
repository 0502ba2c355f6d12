package org.govopen.commons.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * A JSON request body that is empty would reach a resource as {@code null}; every resource gets a 400
 * naming the body instead, without each one having to remember {@code @NotNull}.
 */
@Provider
public class EmptyBodyGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 1);
            int first = in.read();
            while (first != -1 && Character.isWhitespace(first)) {
                first = in.read();
            }
            if (first == -1) {
                throw new InvalidInputException("body", "请求体不能为空");
            }
            in.unread(first);
            context.setInputStream(in);
        }
        Object body = context.proceed();
        if (body == null) {
            throw new InvalidInputException("body", "请求体不能为 null");
        }
        return body;
    }
}
