package org.maillon.server.system;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code maillon.behind-proxy=true} trusts the {@code X-Forwarded-*} headers of a reverse proxy
 * ({@code server.forward-headers-strategy=native}: Tomcat's, from the proxy addresses it trusts), so
 * that a request the proxy received over HTTPS is secure: Secure session cookie, HSTS, redirects and
 * the same-origin check in https. Off by default: trusted without a proxy, those headers would let
 * a client pass for another address or scheme. An explicit {@code server.forward-headers-strategy}
 * wins.
 */
class BehindProxy implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.getProperty("maillon.behind-proxy", Boolean.class, false)) {
      environment.getPropertySources().addLast(new MapPropertySource("maillonBehindProxy",
          Map.of("server.forward-headers-strategy", "native")));
    }
  }
}
