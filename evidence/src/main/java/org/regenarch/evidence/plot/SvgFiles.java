package org.regenarch.evidence.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Atomic SVG output: write a temporary file next to the target, then move it into place. */
public final class SvgFiles {
  private SvgFiles() {}

  public static void writeAtomically(Path target, String svg) {
    Path abs = target.toAbsolutePath();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      // not Files.createTempFile: that makes the file owner-only (0600); CREATE_NEW keeps the umask
      Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
      Files.writeString(tmp, svg, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
