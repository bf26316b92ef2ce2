package org.regenarch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Case selection like {@code 1-100}, {@code 7} or {@code 1-10,42,100-120} (inclusive ranges). */
final class CaseRanges implements IntPredicate {
  private final List<int[]> ranges;

  private CaseRanges(List<int[]> ranges) {
    this.ranges = ranges;
  }

  static CaseRanges all() {
    return new CaseRanges(List.of(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}));
  }

  static CaseRanges parse(String spec) {
    List<int[]> ranges = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.strip();
      try {
        int dash = p.indexOf('-');
        int lo = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).strip());
        int hi = dash < 0 ? lo : Integer.parseInt(p.substring(dash + 1).strip());
        if (lo < 0 || hi < lo) {
          throw new NumberFormatException();
        }
        ranges.add(new int[] {lo, hi});
      } catch (NumberFormatException e) {
        throw new ExitCodes.InvalidInputException(
            "--only: expected case numbers or ranges like 1-100,200, got '" + p + "' in '" + spec + "'");
      }
    }
    return new CaseRanges(ranges);
  }

  @Override
  public boolean test(int caseNumber) {
    return ranges.stream().anyMatch(r -> caseNumber >= r[0] && caseNumber <= r[1]);
  }
}
