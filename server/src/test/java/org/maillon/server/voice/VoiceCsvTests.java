package org.maillon.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.voice.Csat;
import org.maillon.voice.Nps;

/** The export's rows: a group with nothing published as empty scores, and names that a spreadsheet would run kept as text. */
class VoiceCsvTests {

  @Test
  void aGroupWithNothingPublishedExportsNoScoreAndFormulasStayText() {
    Nps shown = Nps.of(3, 2, 1);
    TeamVoice voice = new TeamVoice("sales", 5, 10, shown, Csat.of(23, 6), 0.5, false, List.of(), List.of(), List.of(),
        List.of(new TeamVoice.CustomerVoice("=cmd", "=HYPERLINK(\"x\")", 0, Nps.of(0, 0, 0), Csat.of(0, 0), 0.0,
            true)), null);

    String[] lines = VoiceCsv.write(voice).split("\n");

    assertThat(lines[0]).isEqualTo(String.join(",", VoiceCsv.HEADER));
    assertThat(lines[1]).isEqualTo("customer,'=cmd,\"'=HYPERLINK(\"\"x\"\")\",0,true,,,,0,0,0,0,,0,0.0");
    assertThat(lines[2]).startsWith("total,sales,,10,false," + shown.score() + "," + shown.low() + "," + shown.high()
        + ",3,2,1,6,");
    assertThat(lines[2]).endsWith(",6,0.5");
  }
}
