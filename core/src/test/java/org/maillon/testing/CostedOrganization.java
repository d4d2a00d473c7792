package org.maillon.testing;

/**
 * Seven people who state their yearly cost (but b) and two final customers their revenue, worked out
 * by hand, for the reports' and pages' tests of what the layers cost and what a team reaches:
 *
 * <pre>
 *   ceo 200 ─ vp 150 ─┬ m1 100 ─ a 50, b (no cost)     auditor 80 (second top)
 *                     └ c 60
 *   sales → retail 300, pro 100     shop → retail, sales     it → shop     legal (no link)
 * </pre>
 *
 * <p>Depth 0: ceo + auditor = 280; 1: vp 150; 2: m1 + c = 160; 3: a 50. 640 over 6 people of 7;
 * management (ceo, vp, m1) 450, 450 / 640 = 70.3 %. Shop reaches retail at 1 link and pro at 2
 * (through sales): 400, 75 % and 25 %.
 */
public final class CostedOrganization {

  public static final String YAML = """
      organization: Costs
      customers:
        - {id: retail, name: Retail, revenue: 300}
        - {id: pro, name: Pro, revenue: 100}
      teams:
        - {id: sales, name: Sales, kind: front-line}
        - {id: shop, name: Shop, kind: front-line}
        - {id: it, name: IT, kind: support}
        - {id: legal, name: Legal, kind: support}
      people:
        - {id: ceo, name: Ann, team: sales, cost: 200}
        - {id: vp, name: Bob, team: sales, manager: ceo, cost: 150}
        - {id: m1, name: Cid, team: shop, manager: vp, cost: 100}
        - {id: a, name: Dee, team: shop, manager: m1, cost: 50}
        - {id: b, name: Eve, team: shop, manager: m1}
        - {id: c, name: Fay, team: it, manager: vp, cost: 60}
        - {id: auditor, name: Gus, team: legal, cost: 80}
      links:
        - {from: sales, to: retail, delivers: Goods}
        - {from: sales, to: pro, delivers: Goods}
        - {from: shop, to: retail, delivers: Goods}
        - {from: shop, to: sales, delivers: Stock}
        - {from: it, to: shop, delivers: Laptops}
      """;

  private CostedOrganization() {}
}
