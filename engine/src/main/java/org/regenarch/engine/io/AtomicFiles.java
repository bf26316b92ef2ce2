package org.regenarch.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers never see it half written: a temporary file in the same folder
 * (same file system, so the move can be atomic), then {@code ATOMIC_MOVE} over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Content producer that may throw {@link IOException}. */
  @FunctionalInterface
  public interface WriterBody {
    void writeTo(Writer out) throws IOException;
  }

  public static void writeString(Path target, String content) {
    write(target, out -> out.write(content));
  }

  /** Writes UTF-8 text produced by {@code body} to {@code target} atomically. */
  public static void write(Path target, WriterBody body) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      // not Files.createTempFile: that makes the file owner-only (0600); CREATE_NEW keeps the umask
      Path candidate = dir.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try (Writer out = Files.newBufferedWriter(candidate, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        tmp = candidate;
        body.writeTo(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // some file systems (e.g. certain network mounts) lack atomic rename; still never partial
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort clean-up; the original error is what matters
        }
      }
    }
  }
}
