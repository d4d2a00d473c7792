package org.maillon.server.listening;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A new invitation's token, given once: only its hash is stored, so it cannot be shown again. The
 * link to send is {@code /r/{token}}; the email, if any, is where the manager means to send it.
 */
public record IssuedInvitation(String token, String email) {

  /** The absolute link to the answer page, under the application's address as this request reached it. */
  public String url(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromContextPath(request).path("/r/{token}").buildAndExpand(token)
        .toUriString();
  }
}
