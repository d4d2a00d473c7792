package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.springframework.http.MediaType;

/** Spreadsheets through the API: a workbook imports as a model, the model exports as one, a bomb is refused. */
@ApiTest
class WorkbookApiIntegrationTests extends RefusedImports {

  static final MediaType XLSX = ModelController.XLSX;

  @Test
  void aWorkbookIsImportedAndTheModelExportsAsOneThatReadsBackEqual() throws Exception {
    Organization sme = ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).organization();
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    ModelWriter.writeXlsx(sme, workbook);

    Reply reply = admin.post("/api/model", XLSX, workbook.toByteArray());

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().get("format").asString()).isEqualTo("xlsx");
    assertThat(reply.json().get("headcount").asInt()).isEqualTo(500);
    HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/model?format=xlsx"))
        .header("Authorization", Uploads.ADMIN).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type")).hasValue(ModelController.XLSX_TYPE);
    assertThat(ModelFiles.read("export.xlsx", export.body(), Locale.ENGLISH).organization()).isEqualTo(sme);
  }

  @Test
  void aWorkbookWithAProblemIsRefusedAtItsSheetAndCell() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet teams = workbook.newWorksheet("teams");
    teams.value(0, 0, "id");
    teams.value(1, 0, "sales");
    Worksheet people = workbook.newWorksheet("people");
    String[] header = {"id", "name", "title", "team", "manager"};
    for (int column = 0; column < header.length; column++) {
      people.value(0, column, header[column]);
    }
    people.value(1, 0, "ann");
    people.value(2, 0, "bob");
    people.value(2, 4, "zed");
    workbook.finish();

    assertRejected(admin.post("/api/model", XLSX, out.toByteArray()), "model.xlsx:people!E3", 3, 5,
        "unknown manager 'zed'");
  }

  @Test
  void aZipBombInTheFormOfAWorkbookIsRefusedAtItsEntry() {
    assertRejected(admin.post("/api/model", XLSX, ZipBombs.of(3 * 1024, true, "xl/worksheets/sheet1.xml")),
        "model.xlsx!/xl/worksheets/sheet1.xml", 0, 0, "this file inflates to more than 256 MB");
    assertRejected(admin.post("/api/model", XLSX, ZipBombs.of(200, true, "xl/worksheets/sheet1.xml")),
        "model.xlsx!/xl/worksheets/sheet1.xml", 0, 0,
        "this file inflates to more than 100 times its compressed size: refused as a possible zip bomb");
  }
}
