package org.maillon.server.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the API (Swagger UI at {@code /api/docs}), with HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI maillonOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Maillon API")
            .description("Maps who serves whom up to the final customer who pays, and diagnoses the "
                + "anti-value chain. Errors are RFC 9457 problem details.")
            .version("0.1.0")
            .license(new License().name("Open source")))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
