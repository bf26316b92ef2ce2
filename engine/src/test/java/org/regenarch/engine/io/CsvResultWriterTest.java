package org.regenarch.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.engine.sim.SimulationResult;

class CsvResultWriterTest {

  @Test
  void writesHeaderInOrderAndRoundTripsFullPrecision(@TempDir Path dir) throws Exception {
    double awkward = 0.1 + 0.2; // 0.30000000000000004: needs all 17 significant digits
    SimulationResult r = new SimulationResult(List.of("b", "a"), new double[] {0, 0.5},
        new double[][] {{awkward, 1e-300}, {Double.NaN, Double.NEGATIVE_INFINITY}});
    Path out = dir.resolve("out.csv");
    CsvResultWriter.write(out, r);

    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("time,b,a");
    assertThat(lines).hasSize(3);
    ResultCsv back = ResultCsv.read(out);
    assertThat(back.columns()).containsExactly("b", "a");
    assertThat(back.times()).containsExactly(0, 0.5);
    assertThat(back.values()[0][0]).isEqualTo(awkward);
    assertThat(back.values()[0][1]).isEqualTo(1e-300);
    assertThat(back.values()[1][0]).isNaN();
    assertThat(back.values()[1][1]).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void replacesExistingFileAndLeavesNoTempFiles(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "old content that is longer than the new one\n".repeat(10));
    CsvResultWriter.write(out, new SimulationResult(List.of("x"), new double[] {0}, new double[][] {{2}}));
    assertThat(Files.readString(out)).isEqualTo("time,x\n0.0,2.0\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv");
    }
  }

  @Test
  void newFilesAreNotOwnerOnly(@TempDir Path dir) throws Exception {
    // Files.createTempFile would give 0600; results must be readable like any file the user writes
    Path out = dir.resolve("out.csv");
    CsvResultWriter.write(out, new SimulationResult(List.of("x"), new double[] {0}, new double[][] {{1}}));
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        out.getFileSystem().supportedFileAttributeViews().contains("posix"));
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void createsMissingFolders(@TempDir Path dir) {
    Path out = dir.resolve("a/b/out.csv");
    CsvResultWriter.write(out, new SimulationResult(List.of("x"), new double[] {0}, new double[][] {{1}}));
    assertThat(out).exists();
  }
}
