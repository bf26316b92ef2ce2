package org.regenarch.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A jobs file for {@code simulate --batch}: one job per line, {@code MODEL SETTINGS OUT} separated
 * by whitespace; blank lines and lines starting with {@code #} are ignored; relative paths are
 * resolved against the jobs file's folder (so a jobs file works from any working directory). Two
 * jobs may not write the same output file.
 */
final class BatchFile {
  private BatchFile() {}

  /** One line: a job, or the reason the line is not a valid job. */
  record Line(int number, Path model, Path settings, Path out, String error) {
    boolean valid() {
      return error == null;
    }
  }

  static List<Line> read(Path jobsFile) {
    List<String> text;
    try {
      text = Files.readAllLines(jobsFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExitCodes.InvalidInputException("cannot read jobs file " + jobsFile + ": " + e.getMessage(), e);
    }
    Path base = jobsFile.toAbsolutePath().getParent();
    List<Line> lines = new ArrayList<>();
    Map<Path, Integer> outputs = new HashMap<>();
    for (int i = 0; i < text.size(); i++) {
      String s = text.get(i).strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] f = s.split("\\s+");
      if (f.length != 3) {
        lines.add(new Line(i + 1, null, null, null,
            "expected 3 fields 'MODEL SETTINGS OUT', got " + f.length + ": '" + s + "'"));
        continue;
      }
      Path out = base.resolve(f[2]).normalize();
      Integer first = outputs.putIfAbsent(out, i + 1);
      if (first != null) {
        // two parallel jobs racing for one file would leave whichever finished last
        lines.add(new Line(i + 1, null, null, null, "output " + f[2] + " is already written by line " + first));
        continue;
      }
      lines.add(new Line(i + 1, base.resolve(f[0]), base.resolve(f[1]), out, null));
    }
    return lines;
  }
}
