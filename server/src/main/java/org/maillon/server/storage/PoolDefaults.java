package org.maillon.server.storage;

import java.util.Map;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;

/**
 * The connection pool's settings for each engine, so that the server keeps writing after days of
 * uptime (docs/storage.md, "Connections that last"). They follow the database URL as it is when
 * the pool is made, tests' URLs included, and any setting given wins over them.
 *
 * <p>SQLite has no server and no network between: a connection is an open file that nothing
 * times out, so the pool is small and fixed (Hikari keeps as many idle connections as its size
 * unless told otherwise), and renewing one after the default 30 minutes costs a file opening. Writers take the
 * database's one write lock in turn (BEGIN IMMEDIATE, see the URL in application.properties); more
 * connections would only queue for it, while readers, which WAL lets run beside a writer, have
 * enough.
 *
 * <p>PostgreSQL sits behind a network whose firewalls, NAT and load balancers drop idle
 * connections silently, some after 4 minutes, and whose servers or poolers may end them after
 * some hours. An idle connection is checked every minute (which also keeps it known to the
 * network), and each is replaced after 10 minutes, well below those limits; the operating
 * system's TCP keepalive is asked for too, and the connections name the application in
 * {@code pg_stat_activity}.
 */
final class PoolDefaults extends EnumerablePropertySource<Object> {

  static final int SQLITE_POOL_SIZE = 8;

  private static final Map<String, Object> SQLITE = Map.of(
      "spring.datasource.hikari.maximum-pool-size", SQLITE_POOL_SIZE);

  private static final Map<String, Object> POSTGRESQL = Map.of(
      "spring.datasource.hikari.max-lifetime", 600_000,
      "spring.datasource.hikari.keepalive-time", 60_000,
      "spring.datasource.hikari.data-source-properties.tcpKeepAlive", "true",
      "spring.datasource.hikari.data-source-properties.ApplicationName", "maillon");

  /** Not the source: Spring Boot would walk an environment given as source, this one in it. */
  private final Environment environment;
  /** Set while the URL is looked up, which asks every property source, this one too. */
  private final ThreadLocal<Boolean> resolving = new ThreadLocal<>();

  PoolDefaults(Environment environment) {
    super("maillonPoolDefaults");
    this.environment = environment;
  }

  /** The defaults for the engine of this JDBC URL; none for another engine. */
  static Map<String, Object> of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    return Map.of();
  }

  @Override
  public String[] getPropertyNames() {
    return now().keySet().toArray(String[]::new);
  }

  @Override
  public Object getProperty(String name) {
    return name.startsWith("spring.datasource.hikari.") ? now().get(name) : null;
  }

  private Map<String, Object> now() {
    if (resolving.get() != null) {
      return Map.of();
    }
    resolving.set(true);
    try {
      return of(environment.getProperty(DataDirectory.URL, ""));
    } finally {
      resolving.remove();
    }
  }
}
