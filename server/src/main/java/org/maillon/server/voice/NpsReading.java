package org.maillon.server.voice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.maillon.voice.Nps;

/**
 * An NPS as a manager reads it: a verdict by the usual bands, and its 95% interval said as a margin
 * in whole points with how far to trust it (docs/voice.md, "Reading the NPS").
 *
 * <ul>
 *   <li>Verdict: below 0 more detractors than promoters ({@code POOR}); 0 to 29 {@code GOOD}; 30 to 69
 *       {@code GREAT}; 70 and more {@code EXCELLENT} — the bands survey vendors commonly publish.</li>
 *   <li>Margin: half the interval's width, rounded half up; up to 7 points {@code PRECISE}, up to 14
 *       {@code ROUGH}, beyond {@code FEW_ANSWERS}: the score then says little on its own.</li>
 * </ul>
 *
 * @param verdict the band of the score; null without a score
 * @param margin half the interval's width in whole points; null without a score
 * @param precision how far the score can be trusted; null without a score
 */
public record NpsReading(Verdict verdict, Long margin, Precision precision) {

  /** The usual NPS bands, lowest first. */
  public enum Verdict { POOR, GOOD, GREAT, EXCELLENT }

  /** How wide the interval is. */
  public enum Precision { PRECISE, ROUGH, FEW_ANSWERS }

  static final int GOOD_FROM = 0;
  static final int GREAT_FROM = 30;
  static final int EXCELLENT_FROM = 70;
  static final int PRECISE_UP_TO = 7;
  static final int ROUGH_UP_TO = 14;

  /** The reading of a score; every part null when there is no score. */
  public static NpsReading of(Nps nps) {
    if (nps == null || nps.score() == null) {
      return new NpsReading(null, null, null);
    }
    long margin = BigDecimal.valueOf((nps.high() - nps.low()) / 2).setScale(0, RoundingMode.HALF_UP).longValue();
    return new NpsReading(verdict(nps.score()), margin,
        margin <= PRECISE_UP_TO ? Precision.PRECISE : margin <= ROUGH_UP_TO ? Precision.ROUGH : Precision.FEW_ANSWERS);
  }

  /** The band of a score from −100 to 100. */
  public static Verdict verdict(double score) {
    if (score < GOOD_FROM) {
      return Verdict.POOR;
    }
    return score < GREAT_FROM ? Verdict.GOOD : score < EXCELLENT_FROM ? Verdict.GREAT : Verdict.EXCELLENT;
  }
}
