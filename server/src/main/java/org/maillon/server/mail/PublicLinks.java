package org.maillon.server.mail;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses messages link to: mail is written away from any request, so links start with the
 * public address of the settings ({@code maillon.public-url}), and open their page in the
 * message's language.
 */
@Component
public class PublicLinks {

  private final String publicUrl;

  PublicLinks(@Value("${maillon.public-url}") String publicUrl) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** The page at this path (starting with {@code /}), in this language. */
  public String to(String path, Locale language) {
    return publicUrl + path + "?lang=" + language.getLanguage();
  }
}
