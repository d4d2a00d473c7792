package org.maillon.server.storage;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives the settings an operator does not give: {@code maillon.data-dir} as an absolute path
 * ({@code maillon.data-dir.absolute}), so that the database's place does not depend on how the
 * folder was typed, and the connection pool's defaults for the engine the database URL names
 * ({@link PoolDefaults}). Both come last: any setting given wins.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

  static final String ABSOLUTE = "maillon.data-dir.absolute";
  static final String URL = "spring.datasource.url";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String dataDir = environment.getProperty("maillon.data-dir", "./data");
    String absolute = Path.of(dataDir).toAbsolutePath().normalize().toString();
    environment.getPropertySources().addLast(new MapPropertySource("maillonDataDirectory", Map.of(ABSOLUTE, absolute)));
    environment.getPropertySources().addLast(new PoolDefaults(environment));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
