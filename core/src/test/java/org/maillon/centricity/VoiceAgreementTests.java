package org.maillon.centricity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verdict of each kind of link, at and around the low mark. */
class VoiceAgreementTests {

  @Test
  void committedButBelowTheMarkIsFlagged() {
    assertThat(VoiceAgreement.of(3, 2.4, 3)).isEqualTo(VoiceAgreement.COMMITTED_BUT_DISSATISFIED);
    assertThat(VoiceAgreement.of(3, 2.4, 3).flagged()).isTrue();
    assertThat(VoiceAgreement.of(3, 2.4, 3).key()).isEqualTo("committed-but-dissatisfied");
  }

  @Test
  void theMarkItselfIsSatisfied() {
    assertThat(VoiceAgreement.of(1, 3.0, 3)).isEqualTo(VoiceAgreement.AGREES);
    assertThat(VoiceAgreement.of(0, 3.0, 3)).isEqualTo(VoiceAgreement.SATISFIED_WITHOUT_COMMITMENTS);
    assertThat(VoiceAgreement.of(0, 2.9, 3)).isEqualTo(VoiceAgreement.DISSATISFIED_WITHOUT_COMMITMENTS);
  }

  @Test
  void noShownVoiceNoVerdict() {
    assertThat(VoiceAgreement.of(5, null, 3)).isEqualTo(VoiceAgreement.NO_VOICE);
    assertThat(VoiceAgreement.NO_VOICE.flagged()).isFalse();
  }
}
