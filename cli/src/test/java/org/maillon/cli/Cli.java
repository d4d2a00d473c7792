package org.maillon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command in-process with captured output, and writes the small models the tests use. */
final class Cli {

  /** What one run of the command produced. */
  record Run(int code, String out, String err) {}

  static final String KITCHENS = """
      organization: Kitchens
      customers:
        - id: retail
          name: Retail customers
      partners:
        - id: carrier
          name: Parcel carrier
      teams:
        - id: sales
          name: Sales
          kind: front-line
        - id: ops
          name: Operations
        - id: it
          name: "<script>alert('IT')</script>"
          kind: support
      people:
        - id: ceo
          name: Ann
          title: CEO
          team: sales
        - id: head
          name: Bob
          title: Head of operations
          team: ops
          manager: ceo
        - id: dev
          name: Cid
          team: it
          manager: head
        - id: seller
          name: Dee
          team: sales
          manager: ceo
      links:
        - from: ops
          to: sales
          delivers: Kitchens
          expectations:
            - id: on-time
              text: On time
          commitments:
            - text: Delivered on Friday
              answers: [on-time]
        - from: sales
          to: retail
          commitments:
            - text: Newsletter
        - from: it
          to: ops
        - from: carrier
          to: sales
      """;

  private Cli() {}

  static Run run(String... args) {
    return run(MaillonCommand.commandLine(), args);
  }

  /** Runs a given command line, built by {@link MaillonCommand#commandLine}, with fresh writers. */
  static Run run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return new Run(code, out.toString(), err.toString());
  }

  static Path write(Path folder, String name, String content) {
    try {
      return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source's SME: 500 people with 5 levels between the top and the base, all in one team. */
  static String sme() {
    StringBuilder yaml = new StringBuilder("""
        organization: SME
        customers: [{id: buyers, name: Buyers}]
        teams: [{id: shop, name: Shop, kind: front-line}]
        links: [{from: shop, to: buyers}]
        people:
        """);
    for (int i = 0; i < 500; i++) {
      String manager = i == 0 ? "" : i <= 5 ? "p" + (i - 1) : "p5";
      yaml.append("  - {id: p").append(i).append(", team: shop")
          .append(manager.isEmpty() ? "" : ", manager: " + manager).append("}\n");
    }
    return yaml.toString();
  }
}
