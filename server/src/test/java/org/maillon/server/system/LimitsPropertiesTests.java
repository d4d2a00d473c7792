package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillon.modelfile.ZipLimits;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class LimitsPropertiesTests {

  @Test
  void theDefaultsAreCoresAndThoseOfApplicationProperties() throws IOException {
    Properties application = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      application.load(in);
    }
    Map<String, String> limits = application.stringPropertyNames().stream()
        .filter(name -> name.startsWith("maillon.limits.")).collect(Collectors.toMap(name -> name, application::getProperty));

    LimitsProperties declared = bind(Map.of());
    assertThat(bind(limits)).isEqualTo(declared);
    assertThat(declared.zip()).isEqualTo(ZipLimits.DEFAULTS);
    assertThat(declared.modelBody()).isEqualTo(DataSize.ofMegabytes(512));
    assertThat(declared.body()).isEqualTo(DataSize.ofMegabytes(1));
  }

  @Test
  void limitsThatAreNotPositiveStopTheStart() {
    assertThatThrownBy(() -> bind(Map.of("maillon.limits.zip-ratio", "0"))).isInstanceOf(BindException.class)
        .hasMessageContaining("maillon.limits");
    assertThatThrownBy(() -> bind(Map.of("maillon.limits.body", "0B"))).isInstanceOf(BindException.class)
        .hasRootCauseMessage("maillon.limits.model-body and maillon.limits.body must be positive");
  }

  private static LimitsProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("maillon.limits", LimitsProperties.class);
  }
}
