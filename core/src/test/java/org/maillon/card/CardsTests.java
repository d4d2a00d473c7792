package org.maillon.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.maillon.valuechain.LinkStatus;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import org.maillon.valuechain.UnaskedCommitment;
import org.maillon.valuechain.UncoveredExpectation;

/**
 * Cards of a small kitchen maker drawn by hand: IT serves operations, which serve sales, which
 * serve retail customers; a carrier supplies sales; a lab serves nobody.
 */
class CardsTests {

  private static final Diagnosis KITCHENS = DiagnosisEngine.diagnose(new Organization("Kitchens", null,
      List.of(new FinalCustomer("retail", "Retail customers")),
      List.of(new Partner("carrier", "Parcel carrier")),
      List.of(new Team("sales", "Sales", TeamKind.FRONT_LINE, "sales", "ceo"),
          new Team("ops", "Operations", TeamKind.CORE, null, null),
          new Team("it", "IT", TeamKind.SUPPORT, "it", null),
          new Team("lab", "Lab", TeamKind.CORE, null, null)),
      List.of(new Person("ceo", "Ann", "CEO", "sales", null),
          new Person("head", "Bob", "Head of operations", "ops", "ceo"),
          new Person("dev", "Cid", null, "it", "head"),
          new Person("seller", "Dee", "Seller", "sales", "ceo"),
          new Person("loner", "Eve", null, null, null)),
      List.of(new Link("ops", "sales", "Kitchens", List.of(new Expectation("on-time", "On time")),
              List.of(new Commitment("Delivered on Friday", List.of("on-time")))),
          new Link("sales", "retail", null, List.of(new Expectation("quote-48h", "A quote within 48 hours")),
              List.of(new Commitment("Quotes within 24 hours", List.of("quote-48h")), new Commitment("Newsletter", null))),
          new Link("it", "ops", "Laptops", List.of(new Expectation("fix-4h", "Fixed within 4 hours")), null),
          new Link("carrier", "sales", "Parcels", null, null))));

  @Test
  void aPersonSeesManagersUpToTheTopAndTheChainToTheFinalCustomer() {
    PersonPlace place = Cards.place(KITCHENS, "dev").orElseThrow();

    assertThat(place).isEqualTo(new PersonPlace("dev", "Cid", null, new NodeRef("it", "IT"),
        List.of(new ManagerRef("head", "Bob", "Head of operations"), new ManagerRef("ceo", "Ann", "CEO")),
        List.of(new NodeRef("it", "IT"), new NodeRef("ops", "Operations"), new NodeRef("sales", "Sales"),
            new NodeRef("retail", "Retail customers")),
        3));
  }

  @Test
  void aTopHasNoManagerAndAPersonWithoutTeamNoChain() {
    assertThat(Cards.place(KITCHENS, "ceo").orElseThrow().managers()).isEmpty();
    assertThat(Cards.place(KITCHENS, "ceo").orElseThrow().hopsToCustomer()).isEqualTo(1);
    PersonPlace loner = Cards.place(KITCHENS, "loner").orElseThrow();
    assertThat(loner.team()).isNull();
    assertThat(loner.chainToCustomer()).isEmpty();
    assertThat(loner.hopsToCustomer()).isNull();
  }

  @Test
  void unknownIdsGiveNoCard() {
    assertThat(Cards.place(KITCHENS, "nobody")).isEmpty();
    assertThat(Cards.card(KITCHENS, "nobody")).isEmpty();
    assertThat(Cards.card(KITCHENS, "retail")).isEmpty();
  }

  private static final Agreement PENDING = new Agreement(LinkStatus.PENDING, null, null);

  @Test
  void aTeamCardSplitsSuppliersAndCustomersAndGroupsDutiesAndRequirements() {
    TeamCard ops = Cards.card(KITCHENS, "ops").orElseThrow();

    assertThat(ops).isEqualTo(new TeamCard("ops", "Operations", "core", null, 1, 2,
        List.of(new NodeRef("it", "IT")), List.of(),
        List.of(new NodeRef("sales", "Sales")), List.of(),
        List.of(new NodeRef("retail", "Retail customers")),
        List.of(new Duty(new NodeRef("sales", "Sales"), "Kitchens",
            List.of(new Duty.Commitment("Delivered on Friday", List.of(new Duty.Expectation("on-time", "On time")))),
            List.of(new Duty.Downstream(new NodeRef("retail", "Retail customers"), null,
                List.of("Quotes within 24 hours", "Newsletter"))), PENDING)),
        List.of(new Requirement(new NodeRef("it", "IT"), "Laptops",
            List.of(new Requirement.Expectation("fix-4h", "Fixed within 4 hours", false)), PENDING)),
        List.of(), List.of(), null));
  }

  @Test
  void aDutySaysWhatTheCustomerTeamCommitsToItsOwnCustomersAndNothingForAFinalCustomer() {
    Duty itToOps = Cards.card(KITCHENS, "it").orElseThrow().duties().get(0);
    assertThat(itToOps.downstream()).containsExactly(
        new Duty.Downstream(new NodeRef("sales", "Sales"), "Kitchens", List.of("Delivered on Friday")));
    assertThat(Cards.card(KITCHENS, "sales").orElseThrow().duties().get(0).downstream()).isEmpty();
  }

  @Test
  void aFrontLineCardShowsPartnersFinalCustomersAndUnaskedWork() {
    TeamCard sales = Cards.card(KITCHENS, "sales").orElseThrow();

    assertThat(sales.kind()).isEqualTo("front-line");
    assertThat(sales.function()).isEqualTo("sales");
    assertThat(sales.members()).isEqualTo(2);
    assertThat(sales.supplierTeams()).containsExactly(new NodeRef("ops", "Operations"));
    assertThat(sales.partners()).containsExactly(new NodeRef("carrier", "Parcel carrier"));
    assertThat(sales.customerTeams()).isEmpty();
    assertThat(sales.finalCustomers()).containsExactly(new NodeRef("retail", "Retail customers"));
    assertThat(sales.duties()).singleElement().satisfies(duty -> assertThat(duty.commitments()).containsExactly(
        new Duty.Commitment("Quotes within 24 hours", List.of(new Duty.Expectation("quote-48h", "A quote within 48 hours"))),
        new Duty.Commitment("Newsletter", List.of())));
    assertThat(sales.requirements()).extracting(r -> r.supplier().id()).containsExactly("carrier", "ops");
    assertThat(sales.requirements().get(1).expectations())
        .containsExactly(new Requirement.Expectation("on-time", "On time", true));
    assertThat(sales.unaskedCommitments()).containsExactly(new UnaskedCommitment("retail", "Newsletter"));
  }

  @Test
  void aSupportCardShowsWhatItLeavesUncoveredAndItsCustomersCustomers() {
    TeamCard it = Cards.card(KITCHENS, "it").orElseThrow();

    assertThat(it.hopsToCustomer()).isEqualTo(3);
    assertThat(it.customersOfCustomers()).containsExactly(new NodeRef("sales", "Sales"));
    assertThat(it.uncoveredExpectations()).containsExactly(new UncoveredExpectation("ops", "fix-4h"));
    assertThat(it.duties()).singleElement().satisfies(duty -> assertThat(duty.commitments()).isEmpty());
    assertThat(Cards.card(KITCHENS, "lab").orElseThrow().hopsToCustomer()).isNull();
  }

  @Test
  void aVeryDeepReportingLineIsWalkedWithoutRecursion() {
    int depth = 50_000;
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      people.add(new Person("p" + i, null, null, null, i == 0 ? null : "p" + (i - 1)));
    }
    Diagnosis deep = DiagnosisEngine.diagnose(new Organization("Deep", null, null, null, null, people, null));

    List<ManagerRef> managers = Cards.place(deep, "p" + (depth - 1)).orElseThrow().managers();

    assertThat(managers).hasSize(depth - 1);
    assertThat(managers.get(0).id()).isEqualTo("p" + (depth - 2));
    assertThat(managers.get(depth - 2).id()).isEqualTo("p0");
  }
}
