package org.maillon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where a failed sign-in through the form leads: back to the form, saying to wait N minutes when
 * the throttle refused it, that the account is disabled (told only once the password was right),
 * or that the name or password is wrong.
 */
@Component
class FormSignInFailure implements AuthenticationFailureHandler {

  private final RedirectStrategy redirect = new DefaultRedirectStrategy();

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    String target;
    if (exception instanceof SignInThrottled throttled) {
      target = "/login?wait=" + throttled.minutes();
    } else if (exception instanceof DisabledException) {
      target = "/login?disabled";
    } else {
      target = "/login?error";
    }
    redirect.sendRedirect(request, response, target);
  }
}
