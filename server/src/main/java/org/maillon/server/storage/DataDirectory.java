package org.maillon.server.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Derives the settings an operator does not give: {@code maillon.data-dir} as an absolute path
 * ({@code maillon.data-dir.absolute}), so that the database's place does not depend on how the
 * folder was typed, and the connection pool's defaults for the engine the database URL names
 * ({@link PoolDefaults}). Both come last, so that any setting given wins, and both are worked out
 * when read, so that they follow settings added after start-up (a test's dynamic properties).
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

  static final String SETTING = "maillon.data-dir";
  static final String ABSOLUTE = "maillon.data-dir.absolute";
  static final String URL = "spring.datasource.url";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addLast(new Absolute(environment));
    environment.getPropertySources().addLast(new PoolDefaults(environment));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /**
   * The data dir as given, made absolute. A value is resolved once: {@code ${random.uuid}} in it
   * (tests) names one folder, not a new one each time it is read.
   */
  static final class Absolute extends PropertySource<Object> {

    private final ConfigurableEnvironment environment;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    Absolute(ConfigurableEnvironment environment) {
      super("maillonDataDirectory");
      this.environment = environment;
    }

    @Override
    public Object getProperty(String name) {
      if (!ABSOLUTE.equals(name)) {
        return null;
      }
      return resolved.computeIfAbsent(given(), value ->
          Path.of(environment.resolvePlaceholders(value)).toAbsolutePath().normalize().toString());
    }

    /** The data dir as written where it is set, placeholders left in. */
    private String given() {
      for (PropertySource<?> source : environment.getPropertySources()) {
        if (source != this && !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
            && source.getProperty(SETTING) != null) {
          return source.getProperty(SETTING).toString();
        }
      }
      return "./data";
    }
  }
}
