package org.maillon.modelfile;

import java.util.List;

/**
 * A kind of entity in a model and its scalar fields, in slot order: readers fill a {@code String[]}
 * by slot and {@link Entities} turns it into a record, whatever the format.
 */
enum Section {
  CUSTOMERS("customers", List.of(Field.ID, Field.NAME, Field.REVENUE)),
  PARTNERS("partners", List.of(Field.ID, Field.NAME)),
  TEAMS("teams", List.of(Field.ID, Field.NAME, Field.KIND, Field.FUNCTION, Field.LEAD)),
  PEOPLE("people", List.of(Field.ID, Field.NAME, Field.TITLE, Field.TEAM, Field.MANAGER, Field.EMAIL,
      Field.COST)),
  LINKS("links", List.of(Field.FROM, Field.TO, Field.DELIVERS, Field.CHANGED_ON, Field.CONFIRMED_ON,
      Field.CONFIRMED_BY)),
  EXPECTATIONS("expectations", List.of(Field.ID, Field.TEXT)),
  COMMITMENTS("commitments", List.of(Field.TEXT)),
  ANSWERS("answers", List.of()),
  PROCEDURES("procedures", List.of(Field.ID, Field.TEAM, Field.NAME, Field.STEPS, Field.LEAD_TIME_DAYS,
      Field.WORK_HOURS)),
  APPROVALS("approvals", List.of()),
  SERVES("serves", List.of());

  private final String key;
  private final List<Field> fields;

  Section(String key, List<Field> fields) {
    this.key = key;
    this.fields = fields;
  }

  /** The name of this section in a YAML or JSON model. */
  String key() {
    return key;
  }

  List<Field> fields() {
    return fields;
  }

  /** The slot of the field with this name, or -1 when this section has none. */
  int slotOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).key().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** A fresh slot buffer for one entity of this section. */
  String[] newSlots() {
    return new String[fields.size()];
  }
}
