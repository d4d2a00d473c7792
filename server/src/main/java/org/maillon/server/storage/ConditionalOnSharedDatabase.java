package org.maillon.server.storage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Makes a bean or a configuration depend on whether several server processes may share the
 * database: PostgreSQL ({@code MAILLON_DB_URL}), which processes reach over the network, yes; the
 * embedded SQLite file, which one process uses by construction, no. What several processes must
 * share (the pages' sessions) lives in a shared database and in the process's memory otherwise,
 * where it writes nothing (docs/deploy.md, "Several instances on one PostgreSQL").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(SharedDatabase.class)
public @interface ConditionalOnSharedDatabase {

  /** True: only on a database several processes may share; false: only on one they may not. */
  boolean value() default true;
}
