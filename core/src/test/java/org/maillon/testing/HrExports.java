package org.maillon.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HR systems' exports for import tests. The hand-made one travels with the tests, so that a clone
 * anywhere passes; Oracle's real sample is only beside the project on some machines, and the tests
 * that read it skip where it is absent.
 */
public final class HrExports {

  private static final Path ORACLE_HR = Path.of("../../shared/data/oracle-hr");

  private HrExports() {}

  /**
   * {@code src/test/resources/hr-export}: 13 employees and 7 departments in the shape of Oracle's HR
   * sample ({@code EMPLOYEES.EMPLOYEE_ID}, {@code FIRST_NAME} + {@code LAST_NAME}, {@code JOB_ID}
   * through {@code jobs.csv}, {@code MANAGER_ID}, {@code DEPARTMENT_ID}, upper-case headers, columns
   * Maillon does not read), with what makes real exports awkward: CRLF line ends in
   * {@code employees.csv} only, a department id equal to an employee id ({@code 100}), departments
   * with nobody and without a manager, an employee without a department (the last cell of a CRLF
   * line empty), a job missing from {@code jobs.csv}, an empty first name, quoted cells with a comma
   * and with doubled quotes, an accented name and an apostrophe.
   */
  public static Path handMade() {
    try {
      return Path.of(HrExports.class.getResource("/hr-export").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Oracle's HR sample schema as CSV, where CI keeps it beside the project; skips the test otherwise. */
  public static Path oracleHr() {
    assumeTrue(Files.isDirectory(ORACLE_HR), "no " + ORACLE_HR.toAbsolutePath().normalize() + " beside the project");
    return ORACLE_HR;
  }
}
