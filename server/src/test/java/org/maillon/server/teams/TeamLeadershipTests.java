package org.maillon.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.security.MaillonUser;
import org.maillon.server.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The teams a member leads are those led by them or by anyone below them, read from an index of the
 * reporting line built once per diagnosis; worked out by hand on a small organisation: boss leads hq,
 * ann (below boss) leads sales and shop, bob (below ann) leads nothing, cid (below bob) leads ops, dan
 * (below boss) and eve (below dan) lead nothing, and flo, above no one and below no one, leads it.
 */
class TeamLeadershipTests {

  static final String MODEL = """
      organization: Small
      customers: [{id: buyers, name: Buyers}]
      teams:
        - {id: hq, name: HQ, lead: boss}
        - {id: sales, name: Sales, kind: front-line, lead: ann}
        - {id: shop, name: Shop, kind: front-line, lead: ann}
        - {id: ops, name: Operations, lead: cid}
        - {id: it, name: IT, kind: support, lead: flo}
      people:
        - {id: boss, name: Boss, team: hq}
        - {id: ann, name: Ann, team: sales, manager: boss}
        - {id: bob, name: Bob, team: sales, manager: ann}
        - {id: cid, name: Cid, team: ops, manager: bob}
        - {id: dan, name: Dan, team: hq, manager: boss}
        - {id: eve, name: Eve, team: hq, manager: dan}
        - {id: flo, name: Flo, team: it}
      links:
        - {from: sales, to: buyers}
        - {from: shop, to: buyers}
        - {from: ops, to: sales}
        - {from: it, to: ops}
        - {from: hq, to: ops}
      """;

  final TeamLeadership leadership = new TeamLeadership();

  @Test
  void aMemberLeadsTheTeamsLedByThemOrBelowThem() {
    Diagnosis diagnosis = diagnose();
    assertThat(led(diagnosis, "boss")).containsExactlyInAnyOrder("hq", "sales", "shop", "ops");
    assertThat(led(diagnosis, "ann")).containsExactlyInAnyOrder("sales", "shop", "ops");
    assertThat(led(diagnosis, "bob")).containsExactly("ops");
    assertThat(led(diagnosis, "cid")).containsExactly("ops");
    assertThat(led(diagnosis, "dan")).isEmpty();
    assertThat(led(diagnosis, "eve")).isEmpty();
    assertThat(led(diagnosis, "flo")).containsExactly("it");
    assertThat(led(diagnosis, "nobody")).isEmpty();
  }

  @Test
  void theirOwnTeamIsTheirPersonsAndAManagerActsForEveryTeam() {
    Diagnosis diagnosis = diagnose();
    assertThat(leadership.rights(member("bob"), diagnosis).own()).isEqualTo("sales");
    assertThat(leadership.rights(member("bob"), diagnosis).leadsOrOwn("sales")).isTrue();
    TeamRights manager = leadership.rights(user(Role.MANAGER, null), diagnosis);
    assertThat(manager.leads("it")).isTrue();
  }

  @Test
  void theIndexIsBuiltOncePerDiagnosisAndAgainForTheNextOne() {
    Diagnosis diagnosis = diagnose();
    leadership.derive(diagnosis);
    LeadIndex built = leadership.index(diagnosis);
    led(diagnosis, "boss");
    assertThat(leadership.index(diagnosis)).isSameAs(built);

    Diagnosis imported = diagnose();
    assertThat(leadership.index(imported)).isNotSameAs(built);
    assertThat(led(imported, "ann")).containsExactlyInAnyOrder("sales", "shop", "ops");
  }

  private Set<String> led(Diagnosis diagnosis, String person) {
    return leadership.rights(member(person), diagnosis).led();
  }

  private static Authentication member(String person) {
    return user(Role.MEMBER, person);
  }

  private static Authentication user(Role role, String person) {
    MaillonUser user = new MaillonUser("user", role, person) {};
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  private static Diagnosis diagnose() {
    return DiagnosisEngine.diagnose(
        ModelFiles.read("small.yaml", MODEL.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH).organization());
  }
}
