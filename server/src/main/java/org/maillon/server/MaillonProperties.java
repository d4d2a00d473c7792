package org.maillon.server;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Maillon's own settings ({@code maillon.*}). Demo mode reads {@code maillon.demo} and
 * {@code maillon.demo.model} itself, since one key cannot be both a flag and a group here.
 *
 * @param dataDir where the embedded SQLite database lives when no PostgreSQL URL is given
 * @param adminPassword the password of the first {@code admin}, from {@code MAILLON_ADMIN_PASSWORD};
 *     empty to generate one and print it once
 */
@ConfigurationProperties("maillon")
public record MaillonProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("") String adminPassword) {}
