package org.maillon.server.diagnosis.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.maillon.diagnosis.ChainLink;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisWorkbook;
import org.maillon.diagnosis.Finding;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.maillon.server.system.PageSlice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every finding of one link of the anti-value chain ({@code /findings?link=obesity}), or of all
 * three: where the home page's "… and N more" leads, with the same sentences, names and links, a
 * page of {@value PageSlice#SIZE} at a time (a million people make tens of thousands).
 */
@Controller
class FindingsController {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final CurrentOrganization current;

  FindingsController(CurrentOrganization current) {
    this.current = current;
  }

  @GetMapping("/findings")
  String findings(@RequestParam(required = false) String link, @RequestParam(required = false) Integer page,
      Model model) {
    Diagnosis diagnosis = current.diagnosis();
    ChainLink chosen = link == null || link.isBlank() ? null : Arrays.stream(ChainLink.values())
        .filter(l -> l.key().equals(link.trim())).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "No link of the anti-value chain is called " + link + "."));
    List<Finding> all = chosen == null ? diagnosis.findings()
        : diagnosis.findings().stream().filter(finding -> finding.link() == chosen).toList();
    model.addAttribute("figures", diagnosis);
    model.addAttribute("link", chosen == null ? null : chosen.key());
    model.addAttribute("links", Arrays.stream(ChainLink.values()).map(ChainLink::key).toList());
    model.addAttribute("findings", PageSlice.of(all, page));
    return "diagnosis/findings";
  }

  /**
   * The diagnosis as a workbook ({@code /findings?format=xlsx}), in the page's language: a member
   * gets its summary and findings only, as from the API, since the full one holds everyone's place.
   */
  @GetMapping(path = "/findings", params = "format=xlsx")
  ResponseEntity<StreamingResponseBody> workbook(Authentication user, Locale locale) {
    Diagnosis diagnosis = current.diagnosis();
    boolean summary = !Access.isManager(user);
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("diagnosis.xlsx").build()
            .toString())
        .body(out -> DiagnosisWorkbook.write(diagnosis, StreamUtils.nonClosing(out), summary, locale));
  }
}
