package org.maillon.server.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot turns the resource chain on because the
 * WebJars locator is present, and with it a filter that passes every link a page builds
 * ({@code @{/teams/{id}}}) to the static resource resolvers, which look each one up on the class
 * path inside the jar: about a millisecond per link, so 0.8 to 2 s for the 1,200 links of
 * {@code /support} at 100,000 people. No page needs a link rewritten: WebJars are linked without
 * their version and the locator still resolves them when they are served.
 */
@Configuration(proxyBeanMethods = false)
class LinkConfiguration {

  /** Registered disabled, so that Boot registers none. */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> noLinkRewriting() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
