package org.maillon.server.system;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives {@code maillon.data-dir} as an absolute path ({@code maillon.data-dir.absolute}) for the
 * H2 URL: H2 refuses a path implicitly relative to the working directory, such as {@code data},
 * that users will type.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

  static final String ABSOLUTE = "maillon.data-dir.absolute";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String dataDir = environment.getProperty("maillon.data-dir", "./data");
    String absolute = Path.of(dataDir).toAbsolutePath().normalize().toString();
    environment.getPropertySources().addLast(new MapPropertySource("maillonDataDirectory", Map.of(ABSOLUTE, absolute)));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
