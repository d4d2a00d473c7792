package org.maillon.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Demo mode on a fresh database: the SME, a user of each role, and the sign-ins printed with the URL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-demo-${random.uuid}",
    "maillon.demo=true",
    "maillon.demo.model=../examples/sme.yaml"})
@ExtendWith(OutputCaptureExtension.class)
class DemoModeIntegrationTests {

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;

  @Test
  void theSmeIsLoadedWithOneUserOfEachRoleWhoseSignInsArePrinted(CapturedOutput output) {
    assertThat(organizations.versions()).singleElement().satisfies(version -> {
      assertThat(version.importedBy()).isEqualTo("demo");
      assertThat(version.headcount()).isEqualTo(500);
    });
    assertThat(users.all()).extracting(user -> user.role()).containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER,
        Role.MEMBER);
    String log = output.getAll();
    assertThat(log).contains("http://localhost:" + port + "/");

    String person = users.all().stream().filter(u -> u.role() == Role.MEMBER).findFirst().orElseThrow().personId();
    Reply place = Api.on(port).as("member", printedPassword(log, "member")).get("/api/people/" + person);
    assertThat(place.status()).isEqualTo(200);
    assertThat(place.json().get("hopsToCustomer").asInt()).isEqualTo(1);
    assertThat(Api.on(port).as("admin", printedPassword(log, "admin")).get("/api/users").status()).isEqualTo(200);
    assertThat(Api.on(port).as("manager", printedPassword(log, "manager")).get("/api/diagnosis").status())
        .isEqualTo(200);
  }

  private static String printedPassword(String log, String user) {
    Matcher matcher = Pattern.compile("\\s" + user + "\\s+/ (\\S+)").matcher(log);
    assertThat(matcher.find()).as("the password of %s in the log", user).isTrue();
    return matcher.group(1);
  }
}
