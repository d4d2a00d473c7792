package org.maillon.server.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.ModelWriter;
import org.maillon.server.system.RequestLocale;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Import and export of the organisation's model, and the list of its versions. */
@RestController
@RequestMapping("/api/model")
@Tag(name = "model", description = "Import and export the organisation's model; list its versions")
class ModelController {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final MediaType ZIP = MediaType.parseMediaType("application/zip");
  static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final MediaType XLSX = MediaType.parseMediaType(XLSX_TYPE);

  private final OrganizationService organizations;
  private final CurrentOrganization current;

  ModelController(OrganizationService organizations, CurrentOrganization current) {
    this.organizations = organizations;
    this.current = current;
  }

  @Operation(summary = "Import a model as a new version (YAML, JSON, a zip of CSV files or an .xlsx workbook),"
      + " all or nothing",
      description = "A rejected model answers 422 with every problem located in `errors` and changes nothing,"
          + " as does a zip or a workbook past a limit of `maillon.limits.zip-*`; a body larger than `maillon.limits.model-body`"
          + " answers 413. The body is read as it arrives. `reason` says why, in at most 500 characters (a"
          + " longer one is a problem of the file `reason`).")
  @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json",
      "application/zip", "application/x-zip-compressed", XLSX_TYPE})
  ResponseEntity<ModelImport> importBody(@RequestBody InputStreamResource body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @Parameter(description = "why this version, at most 500 characters") @RequestParam(required = false)
      String reason, @RequestParam(required = false) String lang, Principal principal,
      HttpServletRequest request) throws IOException {
    try (InputStream in = body.getInputStream()) {
      try {
        return imported(organizations.importModel(fileNameFor(contentType), in, principal.getName(), reason,
            RequestLocale.of(request, lang)));
      } catch (ModelRejectedException rejected) {
        in.transferTo(OutputStream.nullOutputStream());
        throw rejected;
      }
    }
  }

  @Operation(summary = "Import an uploaded model file as a new version; its extension gives the format")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ModelImport> importFile(@RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String lang, Principal principal,
      HttpServletRequest request) throws IOException {
    String name = file.getOriginalFilename();
    if (name == null || !name.contains(".")) {
      name = fileNameFor(file.getContentType() == null ? YAML : MediaType.parseMediaType(file.getContentType()));
    }
    try (InputStream in = file.getInputStream()) {
      return imported(organizations.importModel(name, in, principal.getName(), reason,
          RequestLocale.of(request, lang)));
    }
  }

  @Operation(summary = "Export the current version as YAML (default), JSON or an .xlsx workbook, by Accept or ?format=")
  @GetMapping(produces = {"application/yaml", "application/json", XLSX_TYPE})
  ResponseEntity<StreamingResponseBody> export(
      @Parameter(description = "yaml, json or xlsx; overrides Accept") @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    Organization organization = current.diagnosis().model();
    if (format != null ? "xlsx".equalsIgnoreCase(format) : accept != null && accept.contains(XLSX_TYPE)) {
      return ResponseEntity.ok().contentType(XLSX)
          .body(out -> ModelWriter.writeXlsx(organization, StreamUtils.nonClosing(out)));
    }
    boolean json = format != null ? "json".equalsIgnoreCase(format) : prefersJson(accept);
    StreamingResponseBody body = out -> {
      try (Writer writer = new OutputStreamWriter(StreamUtils.nonClosing(out), StandardCharsets.UTF_8)) {
        if (json) {
          ModelWriter.writeJson(organization, writer);
        } else {
          ModelWriter.writeYaml(organization, writer);
        }
      }
    };
    return ResponseEntity.ok()
        .contentType(json ? MediaType.APPLICATION_JSON : YAML)
        .body(body);
  }

  @Operation(summary = "All versions of the model, newest first",
      description = "Each with its author (`importedBy`), what made it (`kind`: import, card or confirmation;"
          + " `format`: yaml, json, csv, xlsx, card or confirmation) and why (`reason`, null when none was given).")
  @GetMapping(path = "/versions", produces = MediaType.APPLICATION_JSON_VALUE)
  List<ModelVersion> versions() {
    return organizations.versions();
  }

  private static ResponseEntity<ModelImport> imported(OrganizationService.Imported imported) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .header(HttpHeaders.LOCATION, "/api/model")
        .body(ModelImport.of(imported.version(), imported.warnings()));
  }

  /** The file name whose extension tells the core reader the format of a body of this type. */
  static String fileNameFor(MediaType type) {
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    if (subtype.contains("zip")) {
      return "model.zip";
    }
    if (subtype.contains("spreadsheetml")) {
      return "model.xlsx";
    }
    if (subtype.equals("json") || subtype.endsWith("+json")) {
      return "model.json";
    }
    return "model.yaml";
  }

  /** JSON only when asked for before YAML; YAML otherwise, the model's own format. */
  static boolean prefersJson(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
    types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : types) {
      if (type.isCompatibleWith(YAML) && !type.isWildcardSubtype()) {
        return false;
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardSubtype()) {
        return true;
      }
    }
    return false;
  }
}
