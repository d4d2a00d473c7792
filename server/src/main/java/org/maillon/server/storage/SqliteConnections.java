package org.maillon.server.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.BusyHandler;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.stereotype.Component;

/**
 * Makes the pool's SQLite connections wait for the write lock with {@link BusyRetry}: the pool
 * then opens its connections here, with the URL and settings it was given, instead of through the
 * driver directly. A connection is used by one thread at a time, so one handler each.
 */
@Component
class SqliteConnections implements BeanPostProcessor {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith(SqliteFile.PREFIX)) {
      pool.setDataSource(new Opener(pool.getJdbcUrl(), pool.getDataSourceProperties()));
    }
    return bean;
  }

  /** Opens a SQLite connection and gives it a {@link BusyRetry} of its busy timeout. */
  private static final class Opener extends AbstractDataSource {

    private final String url;
    private final Properties properties;

    Opener(String url, Properties properties) {
      this.url = url;
      this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = DriverManager.getConnection(url, properties);
      try (Statement statement = connection.createStatement();
          ResultSet timeout = statement.executeQuery("PRAGMA busy_timeout")) {
        timeout.next();
        BusyHandler.setHandler(connection, new BusyRetry(timeout.getLong(1)));
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    /** Opening a file has nothing to time out; the pool sets it all the same. */
    @Override
    public void setLoginTimeout(int timeout) {
      // nothing to do
    }
  }
}
