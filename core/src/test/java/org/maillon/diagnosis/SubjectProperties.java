package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Links are ordered exactly as their text {@code from->to} was before subjects were typed, whatever
 * characters the ids hold around {@code -} and {@code >}: the findings' order is part of the contract.
 */
class SubjectProperties {

  @Property(tries = 2000)
  void linksCompareAsTheirText(@ForAll @StringLength(max = 4) @CharRange(from = ' ', to = 'C') String from1,
      @ForAll @StringLength(max = 4) @CharRange(from = ' ', to = 'C') String to1,
      @ForAll @StringLength(max = 4) @CharRange(from = ' ', to = 'C') String from2,
      @ForAll @StringLength(max = 4) @CharRange(from = ' ', to = 'C') String to2) {
    Subject a = new Subject.Link(from1, to1);
    Subject b = new Subject.Link(from2, to2);
    assertThat(Integer.signum(Subject.compare(a, b))).isEqualTo(Integer.signum(a.text().compareTo(b.text())));
  }

  @Test
  void aLinkIsWrittenWithAnArrowAndTheOrganizationByItsName() {
    assertThat(new Subject.Link("achats", "usine-decoupe").text()).isEqualTo("achats->usine-decoupe");
    assertThat(new Subject.Organization(null).text()).isEqualTo("organization");
    assertThat(new Subject.Organization("Acme").text()).isEqualTo("Acme");
    assertThat(Subject.compare(new Subject.Link("a!", "x"), new Subject.Link("a", "y"))).isNegative();
  }
}
