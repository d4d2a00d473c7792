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
 * Reads a model from its tables, CSV files or a workbook's sheets ({@link Tables}), so that an HR
 * system's export imports as it is: files and headers go by our names or by common HR names (see
 * {@link CsvHeaders}), a person's name may be split in first and last names, and a title may come
 * through {@code jobs.csv}. Each record is located at its starting line, the header being line 1
 * (in a sheet, at its row, and a value at its cell). People and links, nearly all of a large
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

  private final Tables files;
  private final Problems problems;
  private final SourceMap source;
  private final Entities entities;
  private final Map<String, String> jobs = new HashMap<>();
  private String name;
  private Integer targetSpan;
  private Integer maxApprovalLevels;
  private Double minFlowEfficiency;
  private Integer pendingDays;
  private long[] where = new long[0];
  private Integer maxSpan;

  CsvModelReader(Tables files, Problems problems, SourceMap source) {
    this.files = files;
    this.problems = problems;
    this.source = source;
    this.entities = new Entities(problems);
  }

  Organization read() {
    Tables.Table people = required(CsvHeaders.PEOPLE_FILES);
    Tables.Table teams = required(CsvHeaders.TEAM_FILES);
    readSettings(files.find("settings.csv"));
    readJobs(files.find("jobs.csv"));
    Tables.Table customerFile = files.find("customers.csv");
    List<FinalCustomer> customers = entities(problems, customerFile, Section.CUSTOMERS, false,
        (slots, columns, record, at) -> entities.customer(slots, customerFile.display(), lines(slots, at)), this::none);
    List<Partner> partners = entities(problems, files.find("partners.csv"), Section.PARTNERS, false,
        (slots, columns, record, at) -> entities.partner(slots), this::none);
    List<Team> teamList = entities(problems, teams, Section.TEAMS, false,
        (slots, columns, record, at) -> entities.team(slots, teams.display(), at), this::none);
    Problems linkProblems = problems.fork();
    Forked<List<Link>> linking = Forked.start(() -> entities(linkProblems,
        files.find("links.csv"), Section.LINKS, true, this::link, this::locate));
    List<Person> peopleList = entities(problems, people, Section.PEOPLE, true,
        (slots, columns, record, at) -> person(slots, columns, record, people.display(), at), this::none);
    entities.reportEmails();
    List<Link> links = linking.join();
    problems.append(linkProblems);
    Tables.Table procedureFile = files.find("procedures.csv");
    List<Procedure> procedures = entities(problems, procedureFile, Section.PROCEDURES, false,
        (slots, columns, record, at) -> procedure(slots, columns, record, procedureFile.display(), at),
        this::locate);
    return new Organization(name, Entities.settings(targetSpan, maxApprovalLevels, minFlowEfficiency, pendingDays, maxSpan), customers, partners,
        teamList, peopleList, links, procedures);
  }

  private Tables.Table required(List<String> names) {
    Tables.Table file = files.find(names.toArray(String[]::new));
    if (file == null) {
      problems.malformed(files.display(names.get(0)), 0, "file.missing", files.named(names));
    }
    return file;
  }

  private Person person(String[] slots, CsvColumns columns, CsvColumns.Cells record, String file, long at) {
    if (slots[1] == null) {
      String first = columns.extra(record, CsvHeaders.FIRST_NAME);
      String last = columns.extra(record, CsvHeaders.LAST_NAME);
      slots[1] = first == null ? last : last == null ? first : first + " " + last;
    }
    String job = columns.extra(record, CsvHeaders.JOB_ID);
    if (slots[2] == null && job != null) {
      slots[2] = jobs.getOrDefault(job, job);
    }
    return entities.person(slots, file, lines(slots, at));
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
    return entities.procedure(slots, approvals, serves, file, lines(slots, at));
  }

  /** Every slot's location, a CSV record's line, in a buffer reused from record to record. */
  private long[] lines(String[] slots, long at) {
    if (where.length < slots.length) {
      where = new long[slots.length];
    }
    Arrays.fill(where, at);
    return where;
  }

  private void locate(Procedure procedure, long at) {
    procedure.approvals().forEach(id -> source.start(Section.APPROVALS, at));
    procedure.serves().forEach(id -> source.start(Section.SERVES, at));
  }

  /** Reads the records of a table, if present, that only set what the reader keeps. */
  private void read(Tables.Table file, CsvColumns.Layout layout, CsvRecords.Row<Object> row) {
    if (file != null) {
      file.read(problems, layout, false, () -> null, row);
    }
  }

  private <T> void none(T entity, long at) {
    // located by its record alone
  }

  private List<String> ids(String cell, Field field) {
    List<String> ids = LinkCells.ids(cell);
    ids.replaceAll(id -> entities.value(field, id));
    return ids;
  }

  private void readSettings(Tables.Table file) {
    read(file, CsvColumns.Layout.extrasOnly("key", "value"),
        (part, columns, record, at) -> setting(file, columns.extra(record, "key"), columns.extra(record, "value"), at));
  }

  private void setting(Tables.Table file, String key, String value, long at) {
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

  private void readJobs(Tables.Table file) {
    read(file, CsvColumns.Layout.extrasOnly(CsvHeaders.JOB_ID, CsvHeaders.JOB_TITLE),
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
  private <T> List<T> entities(Problems from, Tables.Table file, Section section, boolean parallel,
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
    List<Part<T>> parts = file.read(from, CsvHeaders.layout(section), parallel, () -> new Part<T>(section),
        (part, columns, record, at) -> {
          part.columns = columns;
          String[] slots = part.slots;
          for (int slot = 0; slot < slots.length; slot++) {
            slots[slot] = part.value(slot, section.fields().get(slot), columns.get(record, slot), values);
          }
          part.add(binder.bind(slots, columns, record, at), at);
        });
    for (Part<T> part : parts) {
      if (file.cells() && part.columns != null) {
        source.columns(section, part.columns::column);
      }
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
    CsvColumns columns;

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
