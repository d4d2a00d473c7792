package org.maillon.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillon.server.MaillonServer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A first admin password that breaks the password rules stops the first start, saying so in one line. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIntegrationTests {

  @Test
  void aShortAdminPasswordStopsTheFirstStartWithTheRule(CapturedOutput output) {
    SpringApplicationBuilder start = new SpringApplicationBuilder(MaillonServer.class).web(WebApplicationType.NONE);

    assertThatThrownBy(() -> start.run("--maillon.data-dir=target/test-data/maillon-short-admin-" + UUID.randomUUID(),
        "--maillon.admin-password=elevenchars").close()).isInstanceOf(IllegalStateException.class)
        .hasMessage("MAILLON_ADMIN_PASSWORD is refused: A password has at least 12 characters."
            + " Set another one and start again.");
    assertThat(output.getAll()).contains("maillon: MAILLON_ADMIN_PASSWORD is refused: A password has at least 12"
        + " characters. Set another one and start again.").doesNotContain("\tat ", "Caused by");
  }
}
