package org.maillon.modelfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Team;
import org.maillon.parallel.Forked;

/**
 * Reads a model from its CSV files, so that an HR system's export imports as it is: files and
 * headers go by our names or by common HR names (see {@link CsvHeaders}), a person's name may be
 * split in first and last names, and a title may come through {@code jobs.csv}. Each record is
 * located at its starting line, the header being line 1. People and links, nearly all of a large
 * model, are read at the same time, each on every core (see {@link CsvRecords}); the problems of
 * the links join the others where they were reported before, so the model and its problems are
 * the same whatever the number of cores. Linear time.
 */
final class CsvModelReader {

  /** Makes one entity of a section from its record, its slots filled. */
  private interface Binder<T> {
    T bind(String[] slots, CsvColumns columns, CsvColumns.Cells record, long at);
  }

  /** Records where the parts of one entity are, in file order. */
  private interface Locator<T> {
    void locate(T entity, long at);
  }

  /** The value kept for a field read as a raw cell. */
  private interface Values {
    String value(Field field, String raw);
  }

  private final CsvFiles files;
  private final Problems problems;
  private final SourceMap source;
  private final Entities entities;
  private final CsvRecords records;
  private final Map<String, String> jobs = new HashMap<>();
  private String name;
  private Integer targetSpan;
  private Integer maxApprovalLevels;
  private Double minFlowEfficiency;
  private Integer pendingDays;
  private Integer maxSpan;

  CsvModelReader(CsvFiles files, Problems problems, SourceMap source) {
    this.files = files;
    this.problems = problems;
    this.source = source;
    this.entities = new Entities(problems);
    this.records = new CsvRecords(problems);
  }

  Organization read() {
    CsvFiles.CsvFile people = required(CsvHeaders.PEOPLE_FILES);
    CsvFiles.CsvFile teams = required(CsvHeaders.TEAM_FILES);
    readSettings(files.find("settings.csv"));
    readJobs(files.find("jobs.csv"));
    List<FinalCustomer> customers = entities(records, files.find("customers.csv"), Section.CUSTOMERS, false,
        (slots, columns, record, at) -> entities.customer(slots), this::none);
    List<Partner> partners = entities(records, files.find("partners.csv"), Section.PARTNERS, false,
        (slots, columns, record, at) -> entities.partner(slots), this::none);
    List<Team> teamList = entities(records, teams, Section.TEAMS, false,
        (slots, columns, record, at) -> entities.team(slots, teams.display(), at), this::none);
    Problems linkProblems = problems.fork();
    Forked<List<Link>> linking = Forked.start(() -> entities(new CsvRecords(linkProblems),
        files.find("links.csv"), Section.LINKS, true, this::link, this::locate));
    List<Person> peopleList = entities(records, people, Section.PEOPLE, true, this::person, this::none);
    List<Link> links = linking.join();
    problems.append(linkProblems);
    CsvFiles.CsvFile procedureFile = files.find("procedures.csv");
    List<Procedure> procedures = entities(records, procedureFile, Section.PROCEDURES, false,
        (slots, columns, record, at) -> procedure(slots, columns, record, procedureFile.display(), at),
        this::locate);
    return new Organization(name, Entities.settings(targetSpan, maxApprovalLevels, minFlowEfficiency, pendingDays, maxSpan), customers, partners,
        teamList, peopleList, links, procedures);
  }

  private CsvFiles.CsvFile required(List<String> names) {
    CsvFiles.CsvFile file = files.find(names.toArray(String[]::new));
    if (file == null) {
      problems.malformed(files.display(names.get(0)), 0, "file.missing", String.join(", ", names));
    }
    return file;
  }

  private Person person(String[] slots, CsvColumns columns, CsvColumns.Cells record, long at) {
    if (slots[1] == null) {
      String first = columns.extra(record, CsvHeaders.FIRST_NAME);
      String last = columns.extra(record, CsvHeaders.LAST_NAME);
      slots[1] = first == null ? last : last == null ? first : first + " " + last;
    }
    String job = columns.extra(record, CsvHeaders.JOB_ID);
    if (slots[2] == null && job != null) {
      slots[2] = jobs.getOrDefault(job, job);
    }
    return entities.person(slots);
  }

  private Link link(String[] slots, CsvColumns columns, CsvColumns.Cells record, long at) {
    List<Expectation> expectations = LinkCells.expectations(columns.extra(record, CsvHeaders.EXPECTATIONS));
    List<Commitment> commitments = LinkCells.commitments(columns.extra(record, CsvHeaders.COMMITMENTS));
    return Entities.link(slots, expectations, commitments, Entities.day(slots[3]), Entities.day(slots[4]));
  }

  private void locate(Link link, long at) {
    if (link.changedOn() == Entities.INVALID_DAY) {
      problems.error(source.file(Section.LINKS), at, "day.invalidCell", Field.CHANGED_ON.key());
    }
    if (link.confirmed() != null && link.confirmed().on() == Entities.INVALID_DAY) {
      problems.error(source.file(Section.LINKS), at, "day.invalidCell", Field.CONFIRMED_ON.key());
    }
    for (int expectation = 0; expectation < link.expectations().size(); expectation++) {
      source.start(Section.EXPECTATIONS, at);
    }
    for (int commitment = 0; commitment < link.commitments().size(); commitment++) {
      source.start(Section.COMMITMENTS, at);
      for (int answer = 0; answer < link.commitments().get(commitment).answers().size(); answer++) {
        source.start(Section.ANSWERS, at);
      }
    }
  }

  private Procedure procedure(String[] slots, CsvColumns columns, CsvColumns.Cells record, String file, long at) {
    List<String> approvals = ids(columns.extra(record, CsvHeaders.APPROVALS), Field.APPROVAL);
    List<String> serves = ids(columns.extra(record, CsvHeaders.SERVES), Field.SERVED);
    long[] where = new long[slots.length];
    Arrays.fill(where, at);
    return entities.procedure(slots, approvals, serves, file, where);
  }

  private void locate(Procedure procedure, long at) {
    procedure.approvals().forEach(id -> source.start(Section.APPROVALS, at));
    procedure.serves().forEach(id -> source.start(Section.SERVES, at));
  }

  private <T> void none(T entity, long at) {
    // located by its record alone
  }

  private List<String> ids(String cell, Field field) {
    List<String> ids = LinkCells.ids(cell);
    ids.replaceAll(id -> entities.value(field, id));
    return ids;
  }

  private void readSettings(CsvFiles.CsvFile file) {
    records.read(file, CsvColumns.Layout.extrasOnly("key", "value"), false, () -> null,
        (part, columns, record, at) -> setting(file, columns.extra(record, "key"), columns.extra(record, "value"), at));
  }

  private void setting(CsvFiles.CsvFile file, String key, String value, long at) {
    if ("organization".equalsIgnoreCase(key)) {
      name = entities.organization(value, file.display(), at);
    } else if ("targetspan".equalsIgnoreCase(key)) {
      targetSpan = entities.targetSpan(value, file.display(), at);
    } else if ("maxapprovallevels".equalsIgnoreCase(key)) {
      maxApprovalLevels = entities.maxApprovalLevels(value, file.display(), at);
    } else if ("minflowefficiency".equalsIgnoreCase(key)) {
      minFlowEfficiency = entities.minFlowEfficiency(value, file.display(), at);
    } else if ("pendingdays".equalsIgnoreCase(key)) {
      pendingDays = entities.pendingDays(value, file.display(), at);
    } else if ("maxspan".equalsIgnoreCase(key)) {
      maxSpan = entities.maxSpan(value, file.display(), at);
    } else {
      problems.warning(file.display(), at, "setting.unknown", key);
    }
  }

  private void readJobs(CsvFiles.CsvFile file) {
    records.read(file, CsvColumns.Layout.extrasOnly(CsvHeaders.JOB_ID, CsvHeaders.JOB_TITLE), false, () -> null,
        (part, columns, record, at) -> {
          String id = columns.extra(record, CsvHeaders.JOB_ID);
          if (id != null) {
            jobs.put(id, columns.extra(record, CsvHeaders.JOB_TITLE));
          }
        });
  }

  /**
   * Reads each record of a file, if present, as an entity of the section, on every core when
   * {@code parallel}: then the binder must report no problem, and a reference shares its string
   * only with the cells above it in its column, not with the id it names: probing a table of
   * every id for each new reference cost more than the identity check it spared the validator.
   */
  private <T> List<T> entities(CsvRecords from, CsvFiles.CsvFile file, Section section, boolean parallel,
      Binder<T> binder, Locator<T> locator) {
    List<T> all = new ArrayList<>();
    if (file == null) {
      return all;
    }
    source.file(section, file.display());
    if (section == Section.LINKS) {
      source.file(Section.EXPECTATIONS, file.display());
      source.file(Section.COMMITMENTS, file.display());
      source.file(Section.ANSWERS, file.display());
    } else if (section == Section.PROCEDURES) {
      source.file(Section.APPROVALS, file.display());
      source.file(Section.SERVES, file.display());
    }
    Values values = parallel ? (field, raw) -> raw : entities::value;
    List<Part<T>> parts = from.read(file, CsvHeaders.layout(section), parallel, () -> new Part<T>(section),
        (part, columns, record, at) -> {
          String[] slots = part.slots;
          for (int slot = 0; slot < slots.length; slot++) {
            slots[slot] = part.value(slot, section.fields().get(slot), columns.get(record, slot), values);
          }
          part.add(binder.bind(slots, columns, record, at), at);
        });
    for (Part<T> part : parts) {
      for (int i = 0; i < part.entities.size(); i++) {
        source.start(section, part.at[i]);
        locator.locate(part.entities.get(i), part.at[i]);
      }
      all.addAll(part.entities);
    }
    return all;
  }

  /**
   * The entities one part of a file holds, with where each starts, and the value kept for each
   * slot's last cell: the scanner gives a cell equal to the one above as the same string.
   */
  private static final class Part<T> {
    final String[] slots;
    final String[] cells;
    final String[] kept;
    final List<T> entities = new ArrayList<>();
    long[] at = new long[16];

    Part(Section section) {
      slots = section.newSlots();
      cells = section.newSlots();
      kept = section.newSlots();
    }

    String value(int slot, Field field, String cell, Values values) {
      if (cell != cells[slot]) {
        cells[slot] = cell;
        kept[slot] = values.value(field, cell);
      }
      return kept[slot];
    }

    void add(T entity, long location) {
      if (entities.size() == at.length) {
        at = Arrays.copyOf(at, at.length * 2);
      }
      at[entities.size()] = location;
      entities.add(entity);
    }
  }
}
