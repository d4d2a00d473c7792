package org.maillon.server.voice;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.maillon.voice.Csat;
import org.maillon.voice.Nps;

/**
 * A team's results as CSV, one row per customer group and a last row for the total, from the same
 * {@link TeamVoice} as the API: a hidden group's scores are empty cells, its counts kept. Verbatims
 * are not exported. A cell that a spreadsheet would read as a formula is prefixed with {@code '}.
 */
final class VoiceCsv {

  static final List<String> HEADER = List.of("group", "customer", "name", "responses", "hidden", "nps", "low", "high",
      "promoters", "passives", "detractors", "npsResponses", "csat", "csatResponses", "responseRate");

  private VoiceCsv() {}

  static String write(TeamVoice voice) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      csv.printRecord(HEADER);
      for (TeamVoice.CustomerVoice customer : voice.customers()) {
        csv.printRecord(row("customer", customer.customer(), customer.name(), customer.responses(), customer.hidden(),
            customer.nps(), customer.csat(), customer.responseRate()));
      }
      csv.printRecord(row("total", voice.team(), "", voice.responses(), voice.hidden(), voice.nps(), voice.csat(),
          voice.responseRate()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<Object> row(String group, String id, String name, int responses, boolean hidden, Nps nps,
      Csat csat, Double rate) {
    List<Object> cells = new ArrayList<>(List.of(group, safe(id), safe(name), responses, hidden));
    cells.add(cell(nps.score()));
    cells.add(cell(nps.low()));
    cells.add(cell(nps.high()));
    cells.add(cell(nps.promoters()));
    cells.add(cell(nps.passives()));
    cells.add(cell(nps.detractors()));
    cells.add(nps.responses());
    cells.add(cell(csat.mean()));
    cells.add(csat.responses());
    cells.add(cell(rate));
    return cells;
  }

  private static Object cell(Object value) {
    return value == null ? "" : value;
  }

  private static String safe(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
