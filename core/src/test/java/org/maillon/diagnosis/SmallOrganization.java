package org.maillon.diagnosis;

import static org.maillon.model.TeamKind.CORE;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.model.TeamKind.SUPPORT;

import java.util.List;
import org.maillon.model.Organization;
import org.maillon.testing.HandWrittenOrganization;

/**
 * Eleven people, six teams, every finding once or more; its figures were computed by hand in
 * {@link DiagnosisEngineTests}. The value chain: retail and pro pay; carrier is a partner.
 *
 * <pre>
 *   carrier → shop → sales → retail, pro        design → sales, shop      it → design
 *   sales → it (inversion)                      legal → audit (dead end)
 *   ceo ─ vp ─┬ m1 ─ a, b, c, d                 auditor (second top)
 *             └ m2 ─ e, f
 * </pre>
 */
final class SmallOrganization {

  private SmallOrganization() {}

  static Organization build() {
    return HandWrittenOrganization.organization("Small")
        .customer("retail").customer("pro")
        .partner("carrier")
        .team("sales", FRONT_LINE).team("shop", FRONT_LINE).team("design", CORE)
        .team("it", SUPPORT).team("legal", SUPPORT).team("audit", CORE)
        .person("ceo", null, null).person("vp", "sales", "ceo")
        .person("m1", "sales", "vp").person("a", "sales", "m1").person("b", "shop", "m1")
        .person("c", "shop", "m1").person("d", "it", "m1")
        .person("m2", "it", "vp").person("e", "it", "m2").person("f", "legal", "m2")
        .person("auditor", "audit", null)
        .link("sales", "retail", List.of("q48", "deliv"), List.of("Quotes within 24h->q48", "Newsletter"))
        .link("sales", "pro").link("shop", "sales").link("design", "shop").link("design", "sales")
        .link("it", "design", List.of("uptime"), List.of())
        .link("sales", "it").link("legal", "audit")
        .link("carrier", "shop", List.of("x"), List.of())
        .build();
  }
}
