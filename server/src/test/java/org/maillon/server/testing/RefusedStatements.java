package org.maillon.server.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes the real database refuse a chosen statement, as a constraint it violates would, so that a
 * test can make a write fail halfway on any database and see what it left behind. The refusal is
 * armed by a test and lasts until closed; otherwise every statement passes through untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RefusedStatements implements BeanPostProcessor {

  /** An armed refusal; closing it lets every statement through again. */
  public interface Armed extends AutoCloseable {
    @Override
    void close();
  }

  private record Refusal(String sqlStart, AtomicInteger passing) {}

  private final AtomicReference<Refusal> refusal = new AtomicReference<>();

  /** Refuses the statements that start with {@code sqlStart}, after letting {@code passing} of them run. */
  public Armed refuse(String sqlStart, int passing) {
    refusal.set(new Refusal(sqlStart, new AtomicInteger(passing)));
    return () -> refusal.set(null);
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    return bean instanceof DataSource dataSource && !(bean instanceof Refusing) ? new Refusing(dataSource) : bean;
  }

  private void check(String sql) throws SQLException {
    Refusal armed = refusal.get();
    if (armed != null && sql.stripLeading().startsWith(armed.sqlStart())
        && armed.passing().getAndDecrement() <= 0) {
      throw new SQLException("Refused by the test: " + sql, "23000");
    }
  }

  /** The application's data source, whose connections check each statement they prepare. */
  private final class Refusing extends DelegatingDataSource {

    Refusing(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return checking(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return checking(super.getConnection(username, password));
    }

    private Connection checking(Connection connection) {
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
              check(sql);
            }
            try {
              return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
