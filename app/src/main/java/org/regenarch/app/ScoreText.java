package org.regenarch.app;

import java.util.Map;
import java.util.stream.Collectors;
import org.regenarch.clinical.lab.LabLimits;
import org.regenarch.clinical.score.Score;
import org.regenarch.clinical.score.ScoreResult;

/** Human-readable rendering of a score result. */
final class ScoreText {
  private ScoreText() {}

  static String render(Score score, ScoreResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(score.label()).append(": ").append(show(r.value()));
    if (r.classification() != null) {
      sb.append(" (").append(classWord(score)).append(r.classification()).append(')');
    }
    if (r.uncapped() != null) {
      sb.append(" (allocation value; uncapped model value ").append(r.uncapped()).append(')');
    }
    sb.append(System.lineSeparator()).append("  unrounded: ").append(r.unrounded());
    sb.append(System.lineSeparator()).append("  inputs used: ").append(r.inputs().entrySet().stream()
        .filter(e -> e.getValue() != null).map(ScoreText::entry).collect(Collectors.joining(", ")));
    for (String n : r.notes()) {
      sb.append(System.lineSeparator()).append("  note: ").append(n);
    }
    return sb.toString();
  }

  private static String classWord(Score score) {
    return switch (score) {
      case CHILD_PUGH -> "class ";
      case ALBI -> "grade ";
      default -> "";
    };
  }

  private static String entry(Map.Entry<String, Object> e) {
    return e.getKey() + "=" + show(e.getValue());
  }

  private static String show(Object o) {
    return o instanceof Double d ? LabLimits.fmt(d) : String.valueOf(o);
  }
}
