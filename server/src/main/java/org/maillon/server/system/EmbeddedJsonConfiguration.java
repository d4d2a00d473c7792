package org.maillon.server.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes {@link EmbeddedJson} Thymeleaf's JavaScript serializer, so that every
 * {@code [[${...}]]} of a JSON block goes through it; Thymeleaf's own leaves {@code <!--} as is.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedJsonConfiguration {

  @Bean
  static BeanPostProcessor embeddedJsonSerializer(ObjectProvider<JsonMapper> json) {
    EmbeddedJson serializer = new EmbeddedJson(json::getObject);
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof SpringTemplateEngine engine) {
          engine.getDialects().stream().filter(StandardDialect.class::isInstance).map(StandardDialect.class::cast)
              .forEach(dialect -> dialect.setJavaScriptSerializer(serializer));
        }
        return bean;
      }
    };
  }
}
