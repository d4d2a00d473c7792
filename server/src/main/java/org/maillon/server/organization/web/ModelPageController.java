package org.maillon.server.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.ModelWriter;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.system.LimitsProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /model}: the versions of the organisation, the import form (admins) and the export (managers). */
@Controller
class ModelPageController {

  private final OrganizationService organizations;
  private final CurrentOrganization current;
  private final LimitsProperties limits;

  ModelPageController(OrganizationService organizations, CurrentOrganization current, LimitsProperties limits) {
    this.organizations = organizations;
    this.current = current;
    this.limits = limits;
  }

  /** The largest file the import form takes: said beside it, and checked before it is sent. */
  @ModelAttribute("modelLimit")
  DataSize modelLimit() {
    return limits.modelBody();
  }

  @GetMapping("/model")
  String versions(Model model) {
    model.addAttribute("versions", organizations.versions());
    model.addAttribute("current", current.get().orElse(null));
    model.addAttribute("problems", List.of());
    return "organization/model";
  }

  @PostMapping("/model")
  String importModel(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String reason,
      Authentication user, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response)
      throws IOException {
    try {
      OrganizationService.Imported imported;
      try (InputStream in = file.getInputStream()) {
        imported = organizations.importModel(file.getOriginalFilename(), in, user.getName(), reason, locale);
      }
      redirect.addFlashAttribute("imported", imported.version());
      redirect.addFlashAttribute("warnings", imported.warnings());
      return "redirect:/model";
    } catch (ModelRejectedException rejected) {
      model.addAttribute("versions", organizations.versions());
      model.addAttribute("current", current.get().orElse(null));
      model.addAttribute("problems", rejected.problems());
      model.addAttribute("rejectedFile", file.getOriginalFilename());
      model.addAttribute("reason", reason);
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return "organization/model";
    }
  }

  /** The current version as a workbook of one sheet per CSV file, which imports back as it is. */
  @GetMapping(path = "/model/export", params = "format=xlsx")
  ResponseEntity<StreamingResponseBody> exportWorkbook() {
    Organization organization = current.diagnosis().model();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("model.xlsx").build()
            .toString())
        .body(out -> ModelWriter.writeXlsx(organization, StreamUtils.nonClosing(out)));
  }

  @GetMapping("/model/export")
  ResponseEntity<String> export(@RequestParam(defaultValue = "yaml") String format) {
    Organization organization = current.diagnosis().model();
    boolean json = format.equalsIgnoreCase("json");
    StringWriter out = new StringWriter();
    if (json) {
      ModelWriter.writeJson(organization, out);
    } else {
      ModelWriter.writeYaml(organization, out);
    }
    return ResponseEntity.ok()
        .contentType(json ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("application/yaml"))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(json ? "model.json" : "model.yaml").build().toString())
        .body(out.toString());
  }
}
