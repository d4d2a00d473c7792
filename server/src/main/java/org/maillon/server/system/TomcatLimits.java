package org.maillon.server.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Tomcat treats the body of a refused request, so that the client reads the answer: it
 * answers {@code Expect: 100-continue} only once the body is read, so that a client waiting for it
 * (curl does, for large bodies) sends nothing when refused from its headers; and it reads and drops
 * up to {@code server.tomcat.max-swallow-size} of an upload past the multipart limit, as it does
 * for any other refused body, before closing.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class TomcatLimits {

  @Bean
  TomcatConnectorCustomizer continueOnRead() {
    return connector -> connector.setProperty("continueResponseTiming", "onRead");
  }

  @Bean
  TomcatContextCustomizer swallowAbortedUploads() {
    return context -> context.setSwallowAbortedUploads(true);
  }
}
