package org.maillon.server.storage;

import java.util.Map;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether several server processes may share the database the URL names: PostgreSQL only. It is
 * read when the beans are defined, so that it follows a test's URL too ({@link DataDirectory}).
 */
final class SharedDatabase implements Condition {

  private static final String POSTGRESQL = "jdbc:postgresql:";

  static boolean at(String jdbcUrl) {
    return jdbcUrl.startsWith(POSTGRESQL);
  }

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnSharedDatabase.class.getName());
    boolean wanted = attributes == null || (Boolean) attributes.get("value");
    return at(context.getEnvironment().getProperty(DataDirectory.URL, "")) == wanted;
  }
}
