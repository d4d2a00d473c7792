package org.maillon.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Maillon as a web application: {@code java -jar maillon-server.jar}, or {@code ./maillon serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MaillonServer {

  public static void main(String[] args) {
    // Let --maillon.data-dir=data mean ./data: H2 refuses paths implicitly relative to the working directory.
    if (System.getProperty("h2.implicitRelativePath") == null) {
      System.setProperty("h2.implicitRelativePath", "true");
    }
    SpringApplication.run(MaillonServer.class, args);
  }
}
