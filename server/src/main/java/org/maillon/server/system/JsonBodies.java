package org.maillon.server.system;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body that a controller took as text, so that it can refuse a user before
 * reading what they sent: a refused user then gets 403 whatever their body, and learns nothing
 * of it. A body that is not what was expected answers 400 ({@link IllegalArgumentException}).
 */
public final class JsonBodies {

  private JsonBodies() {}

  /** The body as this type; {@code what} names it in the 400's message ("a card statement"). */
  public static <T> T read(JsonMapper json, String body, Class<T> type, String what) {
    try {
      return json.readValue(body, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The body is not " + what + ": " + e.getOriginalMessage());
    }
  }
}
