package org.regenarch.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Software version recorded beside every result (reproducibility). */
public final class Versions implements CommandLine.IVersionProvider {

  public static String softwareVersion() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"regenarch " + softwareVersion(), "Java " + System.getProperty("java.version")};
  }
}
