package org.maillon.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Maillon as a web application: {@code java -jar maillon-server.jar}, or {@code ./maillon serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MaillonServer {

  public static void main(String[] args) {
    SpringApplication.run(MaillonServer.class, args);
  }
}
