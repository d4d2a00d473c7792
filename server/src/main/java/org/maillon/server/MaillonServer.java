package org.maillon.server;

import org.maillon.server.storage.DataFolderPreparation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Maillon as a web application: {@code java -jar maillon-server.jar}, or {@code ./maillon serve}.
 * The data folder is checked first, so that an unusable one is said in one line before anything else.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MaillonServer {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(MaillonServer.class);
    application.addListeners(DataFolderPreparation.early());
    application.run(args);
  }
}
