package org.maillon.server.scim;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The map from directory departments to teams, and the departments still unmapped (admins). */
@RestController
@Tag(name = "scim", description = "SCIM provisioning: tokens and the department map")
class ScimDepartmentController {

  /** The map to keep: department → team id. */
  record Mapping(Map<String, String> mapping) {}

  private final ScimDepartments departments;

  ScimDepartmentController(ScimDepartments departments) {
    this.departments = departments;
  }

  @Operation(summary = "The department map and the departments no one mapped yet (admins)")
  @GetMapping("/api/scim/departments")
  ScimDepartments.Departments departments() {
    return departments.departments();
  }

  @Operation(summary = "Replace the department map; the next fold moves people to their teams (admins)")
  @PutMapping("/api/scim/departments")
  ScimDepartments.Departments replace(@RequestBody Mapping mapping) {
    boolean none = mapping == null || mapping.mapping() == null;
    departments.replace(none ? Map.of() : new LinkedHashMap<>(mapping.mapping()));
    return departments.departments();
  }
}
