package org.maillon.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages' language: the browser's ({@code Accept-Language}), until {@code ?lang=fr} or
 * {@code ?lang=en} switches it and a cookie remembers the choice. The API decides per request
 * ({@link RequestLocale}: {@code ?lang=}, else {@code Accept-Language}) and sets no cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("maillon-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(request -> {
      String lang = request.getRequestURI().startsWith("/api/") ? queryLang(request) : null;
      return lang == null && request.getHeader("Accept-Language") == null
          ? Locale.ENGLISH : RequestLocale.of(request, lang);
    });
    return resolver;
  }

  /** {@code ?lang=} read from the query alone: asking the request's parameters would read a multipart body. */
  private static String queryLang(HttpServletRequest request) {
    String query = request.getQueryString();
    return query == null ? null
        : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).excludePathPatterns("/api/**");
  }
}
