package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** How {@code maillon.behind-proxy} reaches Spring Boot's forward-headers strategy, and when it does not. */
class BehindProxyTests {

  @Test
  void offByDefault() {
    assertThat(strategy(new MapPropertySource("settings", Map.of()))).isNull();
  }

  @Test
  void theEnvironmentVariableTurnsItOn() {
    assertThat(strategy(new SystemEnvironmentPropertySource("env", Map.of("MAILLON_BEHIND_PROXY", "true"))))
        .isEqualTo("native");
  }

  @Test
  void anExplicitStrategyWins() {
    assertThat(strategy(new MapPropertySource("settings",
        Map.of("maillon.behind-proxy", "true", "server.forward-headers-strategy", "framework")))).isEqualTo("framework");
  }

  private static String strategy(PropertySource<?> settings) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(settings);
    new BehindProxy().postProcessEnvironment(environment, null);
    return environment.getProperty("server.forward-headers-strategy");
  }
}
