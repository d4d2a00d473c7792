package org.maillon.diagnosis;

import static org.maillon.model.TeamKind.CORE;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.model.TeamKind.SUPPORT;

import java.util.List;
import org.maillon.model.Organization;
import org.maillon.testing.HandWrittenOrganization;

/**
 * Eleven people, six teams, six procedures, every finding once or more; its figures were computed
 * by hand in {@link DiagnosisEngineTests}. The value chain: retail and pro pay; carrier is a partner.
 *
 * <pre>
 *   carrier → shop → sales → retail, pro        design → sales, shop      it → design
 *   sales → it (inversion)                      legal → audit (dead end)
 *   ceo ─ vp ─┬ m1 ─ a, b, c, d                 auditor (second top)
 *             └ m2 ─ e, f
 * </pre>
 *
 * <p>Depths: ceo and auditor 0, vp 1, m1 and m2 2, a b c d e f 3. A team's head is its highest
 * member: sales vp (1), shop b (3), it m2 (2), legal f (3), audit auditor (0), design nobody.
 * maxApprovalLevels is the default, 2.
 *
 * <pre>
 *   procedure    team   approvals          serves  climbs        support approvals   internal
 *   refund       shop   m1, vp, ceo        sales   3 − 0 = 3 > 2  0 (no support)      no
 *   discount     sales  m2, d, e, m1       retail  max(0, 1 − 2)  3 (m2, d, e: it)    no
 *   access       it     m2                 design  2 − 2 = 0      0 (design is core)  no
 *   report       legal  f, m2, vp          —       3 − 1 = 2      0 (legal's own)     yes
 *   audit-check  legal  —                  audit   0              0                   no
 *   form         design —                  —       0 (no member)  0                   yes
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
        .procedure("refund", "shop", 4, List.of("m1", "vp", "ceo"), List.of("sales"))
        .procedure("discount", "sales", 2, List.of("m2", "d", "e", "m1"), List.of("retail"))
        .procedure("access", "it", 1, List.of("m2"), List.of("design"))
        .procedure("report", "legal", 3, List.of("f", "m2", "vp"), List.of())
        .procedure("audit-check", "legal", 2, List.of(), List.of("audit"))
        .procedure("form", "design", 1, List.of(), List.of())
        .build();
  }
}
