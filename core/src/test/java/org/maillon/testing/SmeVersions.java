package org.maillon.testing;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;

/**
 * The demo SME ({@code examples/sme.yaml}) and a next version of it, for the tests that compare
 * versions in every module: Yannick Schmitt (p-0020) reports to Fabrice Richard (p-0014) instead of
 * Agathe Morin (p-0017), IT gains a link to customer service, and the key-accounts team, which has
 * no member, goes with its three links — 22 teams become 21 and 43 links 41. By hand: Agathe Morin
 * keeps two direct reports, a narrow span; general management served only key accounts, so it now
 * serves nobody, reaches no final customer and no front line; the empty team's finding goes with it.
 */
public final class SmeVersions {

  /** From a module's folder, as every module's tests run. */
  public static final Path SME = Path.of("..", "examples", "sme.yaml");

  private SmeVersions() {}

  public static Organization sme() {
    return ModelFiles.read(SME, Locale.ENGLISH).organization();
  }

  /** The next version as a YAML model file. */
  public static byte[] nextVersionYaml() {
    StringWriter yaml = new StringWriter();
    ModelWriter.writeYaml(nextVersion(), yaml);
    return yaml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The next version written to {@code file}. */
  public static Path writeNextVersion(Path file) throws java.io.IOException {
    return Files.write(file, nextVersionYaml());
  }

  public static Organization nextVersion() {
    Organization sme = sme();
    List<Person> people = sme.people().stream()
        .map(p -> p.id().equals("p-0020") ? new Person(p.id(), p.name(), p.title(), p.team(), "p-0014") : p)
        .toList();
    List<Link> links = new ArrayList<>(sme.links().stream()
        .filter(l -> !l.from().equals("grands-comptes") && !l.to().equals("grands-comptes")).toList());
    links.add(new Link("informatique", "service-client", "Téléphonie", null, null));
    return new Organization(sme.name(), sme.settings(), sme.customers(), sme.partners(),
        sme.teams().stream().filter(t -> !t.id().equals("grands-comptes")).toList(), people, links, sme.procedures());
  }
}
