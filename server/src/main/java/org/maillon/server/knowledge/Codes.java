package org.maillon.server.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lower-case codes by which {@link Facet} and {@link Source} are written and read back. */
final class Codes {

  private Codes() {}

  static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> Optional<E> of(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(constant -> code(constant).equals(code)).findFirst();
  }
}
