package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** How a request's media types choose the model's format, in and out. */
class ModelControllerTests {

  @Test
  void theBodysTypeNamesTheFormatForTheReader() {
    assertThat(ModelController.fileNameFor(MediaType.parseMediaType("application/yaml"))).isEqualTo("model.yaml");
    assertThat(ModelController.fileNameFor(MediaType.parseMediaType("text/yaml"))).isEqualTo("model.yaml");
    assertThat(ModelController.fileNameFor(MediaType.APPLICATION_JSON)).isEqualTo("model.json");
    assertThat(ModelController.fileNameFor(MediaType.parseMediaType("application/zip"))).isEqualTo("model.zip");
    assertThat(ModelController.fileNameFor(MediaType.parseMediaType("application/x-zip-compressed")))
        .isEqualTo("model.zip");
    assertThat(ModelController.fileNameFor(ModelController.XLSX)).isEqualTo("model.xlsx");
  }

  @Test
  void theExportIsYamlUnlessJsonIsPreferred() {
    assertThat(ModelController.prefersJson(null)).isFalse();
    assertThat(ModelController.prefersJson("*/*")).isFalse();
    assertThat(ModelController.prefersJson("application/yaml")).isFalse();
    assertThat(ModelController.prefersJson("application/json")).isTrue();
    assertThat(ModelController.prefersJson("application/yaml;q=0.5, application/json")).isTrue();
    assertThat(ModelController.prefersJson("application/json;q=0.5, application/yaml")).isFalse();
  }

  @Test
  void theFormatOfAVersionComesFromTheFileName() {
    assertThat(OrganizationService.format("people.ZIP")).isEqualTo("csv");
    assertThat(OrganizationService.format("model.json")).isEqualTo("json");
    assertThat(OrganizationService.format("model.yml")).isEqualTo("yaml");
  }
}
