package org.maillon.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body before anything reads it, the model imports at
 * {@code maillon.limits.model-body}, every other request at {@code maillon.limits.body}: a body
 * that says it is larger is refused from its headers alone, and one sent without a length is
 * refused once it passes the limit, while the model is read from it ({@link BodyTooLargeException},
 * answered as any error of Spring MVC). The refusal is 413: a problem on the API, a plain page
 * otherwise. It runs before sign-in, so that a large body costs no password check; Tomcat's own
 * caps on forms and multipart parts follow the same settings (application.properties,
 * {@link TomcatLimits}).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class RequestBodyLimits extends OncePerRequestFilter implements Ordered {

  private final LimitsProperties limits;
  private final ApiErrorResponses problems;
  private final TooLargePage page;

  RequestBodyLimits(LimitsProperties limits, ApiErrorResponses problems, TooLargePage page) {
    this.limits = limits;
    this.problems = problems;
    this.page = page;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean model = isModelImport(request);
    long limit = (model ? limits.modelBody() : limits.body()).toBytes();
    String setting = model ? "maillon.limits.model-body" : "maillon.limits.body";
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, new BodyTooLargeException(limit, setting));
      return;
    }
    chain.doFilter(new Limited(request, limit, setting), response);
  }

  private static boolean isModelImport(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod()) && (path.equals("/api/model") || path.equals("/model"));
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, BodyTooLargeException e)
      throws ServletException {
    if (problems.resolveException(request, response, null, e) == null) {
      try {
        page.render(request, response, e.megabytes());
      } catch (Exception failed) {
        throw new ServletException(failed);
      }
    }
  }

  /** Before the security filters and Spring's form filter, which read bodies; after the encoding filter. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  /** A request whose body throws {@link BodyTooLargeException} past the limit. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private final String setting;
    private ServletInputStream stream;
    private BufferedReader reader;

    Limited(HttpServletRequest request, long limit, String setting) {
      super(request);
      this.limit = limit;
      this.setting = setting;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit, setting);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  /** Counts the bytes read and throws past the limit. */
  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private final String setting;
    private long read;

    LimitedStream(ServletInputStream in, long limit, String setting) {
      this.in = in;
      this.limit = limit;
      this.setting = setting;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int count = in.read(buffer, offset, (int) Math.min(length, limit + 1 - read));
      count(Math.max(count, 0));
      return count;
    }

    private void count(int bytes) {
      read += bytes;
      if (read > limit) {
        throw new BodyTooLargeException(limit, setting);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
