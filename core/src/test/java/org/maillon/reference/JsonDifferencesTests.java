package org.maillon.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The differential check is only as strict as its comparison: these cases show it reports what the
 * contract forbids (order, types, missing messages) and tolerates only rounding.
 */
class JsonDifferencesTests {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final String EXPECTED = "{\"a\":1,\"r\":0.5,\"n\":null,\"ids\":[\"10\",\"9\"],"
      + "\"findings\":[{\"code\":\"X\",\"severity\":\"info\",\"subject\":\"s\"}]}";

  private static final String MESSAGE = ",\"message\":\"m\"}]}";

  private static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  private static java.util.List<String> against(String actual) {
    return JsonDifferences.between(json(EXPECTED), json(actual));
  }

  @Test
  void equalDocumentsWithinRoundingAgree() {
    String actual = "{\"a\":1,\"r\":0.5000000000001,\"n\":null,\"ids\":[\"10\",\"9\"],"
        + "\"findings\":[{\"code\":\"X\",\"severity\":\"info\",\"subject\":\"s\"" + MESSAGE;
    assertThat(against(actual)).isEmpty();
  }

  @Test
  void reportsOrderTypesValuesAndMessages() {
    String base = "\"findings\":[{\"code\":\"X\",\"severity\":\"info\",\"subject\":\"s\"";
    assertThat(against("{\"r\":0.5,\"a\":1,\"n\":null,\"ids\":[\"10\",\"9\"]," + base + MESSAGE))
        .singleElement().asString().contains("fields");
    assertThat(against("{\"a\":1.0,\"r\":0.5,\"n\":null,\"ids\":[\"10\",\"9\"]," + base + MESSAGE))
        .singleElement().asString().startsWith("$.a:");
    assertThat(against("{\"a\":1,\"r\":0.51,\"n\":0,\"ids\":[\"9\",\"10\"]," + base + MESSAGE)).hasSize(4);
    assertThat(against("{\"a\":1,\"r\":0.5,\"n\":null,\"ids\":[\"10\",\"9\"]," + base + ",\"message\":\"\"}]}"))
        .singleElement().asString().contains("message");
    assertThat(against("{\"a\":1,\"r\":0.5,\"n\":null,\"ids\":[\"10\",\"9\"]," + base + ",\"message\":\"{0} x\"}]}"))
        .singleElement().asString().contains("message");
  }
}
