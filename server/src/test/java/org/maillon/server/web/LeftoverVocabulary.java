package org.maillon.server.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;

/**
 * What a page shows of the engine instead of the reader's words: finding codes, ids, setting names,
 * symbols, periods and numbers written as code writes them, and words of the other language. The
 * model's own texts (names, titles, expectations…) are the user's words whatever their language, so
 * they are set aside before looking: the demo's French names are at home on an English page.
 */
final class LeftoverVocabulary {

  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
  private static final Pattern PERSON_ID = Pattern.compile("\\bp-\\d{3,}\\b");
  private static final Pattern LINK_ID = Pattern.compile("[\\p{L}\\d_-]+\\s?->\\s?[\\p{L}\\d_-]+");
  private static final Pattern SETTING = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z\\d]+)+\\b");
  private static final Pattern SYMBOL = Pattern.compile("[∈∉∀∃⊂⊆∪∩∧∨¬]|==|!=|&&|\\|\\|");
  private static final Pattern PERIOD_CODE = Pattern.compile("\\b\\d{4}-Q[1-4]\\b");
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d_])\\p{L}+(?![\\p{L}\\d_])");
  private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?![\\d.])");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,])\\d+,\\d{1,2}(?![\\d,])");
  private static final Pattern ENGLISH_QUARTER = Pattern.compile("\\bQ[1-4] \\d{4}\\b");
  private static final Pattern FRENCH_QUARTER = Pattern.compile("\\bT[1-4] \\d{4}\\b");

  /** Common English words that are not French words too ("on", "or", "an", "a", "as" are). */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "with", "without", "for", "from", "to",
      "is", "are", "was", "were", "be", "been", "this", "that", "these", "those", "which", "who", "what", "when",
      "where", "how", "why", "none", "more", "less", "than", "has", "have", "not", "yes", "your", "you", "our",
      "their", "by", "at", "in", "into", "all", "each", "every", "per", "also", "only", "other", "others",
      "team", "teams", "link", "links", "customer", "customers", "supplier", "suppliers", "partner", "partners",
      "overdue", "answer", "answers", "answered", "sent", "response", "responses", "expectation", "expectations",
      "commitment", "commitments", "level", "levels", "people", "person", "approval", "approvals", "quarter",
      "survey", "surveys", "settings", "sign", "home", "week", "weekly", "month", "year", "data",
      "purchasing", "sales", "quality", "logistics", "engineering", "legal", "research", "hr", "it",
      "campaign", "campaigns", "listening", "voice", "themes", "details", "save", "delete", "edit", "search",
      "cancel", "back", "next", "previous", "upload", "download", "role", "graph", "chart", "value", "chain",
      "bureaucracy", "hierarchy", "span", "layer", "layers", "director", "found", "shown", "hidden", "row",
      "rows", "interval", "trend", "good", "bad", "average", "median", "demo", "click", "here", "see", "open",
      "closed", "new", "last", "first", "about", "between", "since", "members", "member", "name", "my");

  /** Common French words that are not English words too ("client", "plus", "pour", "par", "non" are). */
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une",
      "avec", "dans", "sur", "aucun", "aucune", "néant", "équipe", "équipes", "personnes",
      "fournisseur", "fournisseurs", "réponse", "réponses", "niveau", "niveaux", "chaîne", "lien", "liens",
      "trimestre", "accueil", "données", "connexion", "déconnexion", "enregistrer", "supprimer", "modifier",
      "rechercher", "qui", "que", "sont", "ont", "être", "leur", "leurs", "cette", "ces", "tous", "toutes",
      "moins", "entre", "depuis", "selon", "indice", "enquête", "enquêtes", "campagne", "campagnes", "écoute",
      "attentes", "engagements", "procédures", "hiérarchie", "très", "où", "à", "au", "aux", "ne", "pas",
      "autre", "autres", "voir", "semaine", "mois", "année", "oui", "vos", "votre", "notre",
      "ses", "nous", "vous", "mais", "donc", "comment", "pourquoi", "quand", "quel", "quelle", "combien",
      "calculé", "centrage", "obésité", "collaborateur", "collaborateurs", "approbation", "approbations",
      "démo", "paramètres", "résultat", "résultats", "achats", "ventes", "qualité", "juridique");

  private static final Organization DEMO =
      ModelFiles.read(ExampleModels.example("sme.yaml"), Locale.ENGLISH).organization();
  private static final LeftoverVocabulary OF_THE_DEMO = new LeftoverVocabulary(DEMO, List.of());

  private final List<String> ownTexts;
  private final List<Pattern> ids;

  /** A checker of pages about this model, on which these texts of its users may show too. */
  LeftoverVocabulary(Organization model, Collection<String> userTexts) {
    this.ownTexts = Stream.concat(ownTexts(model), userTexts.stream())
        .filter(text -> text != null && !text.isBlank()).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.ids = hyphenatedIds(model).stream()
        .map(id -> Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(id) + "(?![\\p{L}\\d-])")).toList();
  }

  /** The leftovers of a page of the demo, whose model is {@code examples/sme.yaml}. */
  static List<String> problems(String visibleText, Locale language) {
    return OF_THE_DEMO.find(visibleText, language);
  }

  /** The demo's checker that also sets aside what its users wrote. */
  static LeftoverVocabulary ofTheDemoWith(Collection<String> userTexts) {
    return new LeftoverVocabulary(DEMO, userTexts);
  }

  /** The leftovers of a page, each said with the text around it. */
  List<String> find(String visibleText, Locale language) {
    String text = withoutOwnTexts(visibleText);
    Set<String> found = new LinkedHashSet<>();
    find(found, "finding code", CODE, text);
    find(found, "person id", PERSON_ID, text);
    find(found, "link id", LINK_ID, text);
    find(found, "setting name", SETTING, text);
    find(found, "symbol", SYMBOL, text);
    find(found, "period code", PERIOD_CODE, text);
    for (Pattern id : ids) {
      find(found, "id", id, text);
    }
    boolean french = language.getLanguage().equals("fr");
    find(found, french ? "decimal point" : "decimal comma", french ? DECIMAL_POINT : DECIMAL_COMMA, text);
    find(found, "period", french ? ENGLISH_QUARTER : FRENCH_QUARTER, text);
    Set<String> otherLanguage = french ? ENGLISH : FRENCH;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (otherLanguage.contains(word.group().toLowerCase(Locale.ROOT))) {
        found.add((french ? "English" : "French") + " word '" + word.group() + "' in «" + around(text, word) + "»");
      }
    }
    return new ArrayList<>(found);
  }

  /** The text with the own texts blanked out where they stand as whole words, the longest first. */
  private String withoutOwnTexts(String visibleText) {
    StringBuilder text = new StringBuilder(visibleText);
    for (String own : ownTexts) {
      for (int at = text.indexOf(own); at >= 0; at = text.indexOf(own, at + 1)) {
        if (!wordAt(text, at - 1) && !wordAt(text, at + own.length())) {
          text.replace(at, at + own.length(), " ".repeat(own.length()));
        }
      }
    }
    return text.toString();
  }

  private static boolean wordAt(CharSequence text, int index) {
    return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
  }

  private static void find(Set<String> found, String kind, Pattern pattern, String text) {
    Matcher match = pattern.matcher(text);
    while (match.find()) {
      found.add(kind + " '" + match.group() + "' in «" + around(text, match) + "»");
    }
  }

  private static String around(String text, Matcher match) {
    return text.substring(Math.max(0, match.start() - 30), Math.min(text.length(), match.end() + 30)).strip();
  }

  /** The model's names and texts, which are the user's words whatever their language. */
  private static Stream<String> ownTexts(Organization model) {
    return Stream.of(
        Stream.of(model.name()),
        model.customers().stream().map(customer -> customer.name()),
        model.partners().stream().map(partner -> partner.name()),
        model.teams().stream().map(team -> team.name()),
        model.people().stream().flatMap(person -> Stream.of(person.name(), person.title())),
        model.procedures().stream().map(procedure -> procedure.name()),
        model.links().stream().flatMap(link -> Stream.concat(Stream.of(link.delivers()), Stream.concat(
            link.expectations().stream().map(expectation -> expectation.text()),
            link.commitments().stream().map(commitment -> commitment.text()))))).flatMap(stream -> stream);
  }

  private static List<String> hyphenatedIds(Organization model) {
    return Stream.of(
        model.customers().stream().map(customer -> customer.id()),
        model.partners().stream().map(partner -> partner.id()),
        model.teams().stream().map(team -> team.id()),
        model.procedures().stream().map(procedure -> procedure.id())).flatMap(stream -> stream)
        .filter(id -> id != null && id.contains("-")).distinct().toList();
  }
}
