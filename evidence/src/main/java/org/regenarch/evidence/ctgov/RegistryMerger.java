package org.regenarch.evidence.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.regenarch.evidence.base.EvidenceBase;
import org.regenarch.evidence.base.Study;

/**
 * Merges imported registry records into the curated base by registry id. Curated values win; a
 * registry value differing from a curated one is reported as a {@link MergeConflict}; a field the
 * curated record leaves empty is filled from the registry (reported as filled).
 */
public final class RegistryMerger {
  private RegistryMerger() {}

  /** Result: the merged studies (curated order, then new records), conflicts and filled fields. */
  public record Result(List<Study> studies, List<MergeConflict> conflicts, List<String> filled, List<String> matched,
      List<String> added) {}

  public static Result merge(EvidenceBase curated, List<Study> imported) {
    List<Study> merged = new ArrayList<>(curated.studies());
    List<MergeConflict> conflicts = new ArrayList<>();
    List<String> filled = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int curatedCount = merged.size();
    for (Study imp : imported) {
      // search the merged list so that two registry records of one curated study both merge into it
      OptionalInt hit = IntStream.range(0, curatedCount).filter(k -> sharesRegistryId(merged.get(k), imp)).findFirst();
      if (hit.isEmpty()) {
        merged.add(imp);
        added.add(imp.id());
        continue;
      }
      Study cur = merged.get(hit.getAsInt());
      matched.add(cur.id() + " <- " + imp.id());
      compare(cur, imp, conflicts);
      merged.set(hit.getAsInt(), fill(cur, imp, filled));
    }
    return new Result(merged, conflicts, filled, matched, added);
  }

  static boolean sharesRegistryId(Study a, Study b) {
    return a.registryIds().stream().anyMatch(x -> b.registryIds().stream().anyMatch(x::equalsIgnoreCase));
  }

  private static void compare(Study c, Study i, List<MergeConflict> out) {
    String reg = i.id();
    if (c.phase() != null && i.phase() != null && !c.phase().equalsIgnoreCase(i.phase())) {
      out.add(new MergeConflict(c.id(), reg, "phase", c.phase(), i.phase()));
    }
    if (c.status() != null && i.status() != null
        && !norm(c.status()).startsWith(norm(i.status()))) {
      out.add(new MergeConflict(c.id(), reg, "status", c.status(), i.status()));
    }
    if (c.condition() != i.condition()) {
      out.add(new MergeConflict(c.id(), reg, "condition", String.valueOf(c.condition()), String.valueOf(i.condition())));
    }
    if (c.country() != null && i.country() != null && !norm(i.country()).contains(norm(c.country()))) {
      out.add(new MergeConflict(c.id(), reg, "country", c.country(), i.country()));
    }
    if (c.design() != null && i.design() != null && c.design() != i.design()
        && c.design() != org.regenarch.evidence.base.Enums.Design.NOT_STATED
        && i.design() != org.regenarch.evidence.base.Enums.Design.NOT_STATED) {
      out.add(new MergeConflict(c.id(), reg, "design", c.design().name(), i.design().name()));
    }
    Integer count = leadingInt(i.enrollmentAsPrinted());
    if (count != null) {
      String curatedN = c.enrollmentAsPrinted() != null ? c.enrollmentAsPrinted()
          : c.totalN() != null ? String.valueOf(c.totalN()) : null;
      if (curatedN != null && !numbersIn(curatedN).contains(count)) {
        out.add(new MergeConflict(c.id(), reg, "enrollment", curatedN, i.enrollmentAsPrinted()));
      }
    }
  }

  private static Study fill(Study c, Study i, List<String> filled) {
    String phase = pick(c.id(), "phase", c.phase(), i.phase(), filled);
    String status = pick(c.id(), "status", c.status(), i.status(), filled);
    String country = pick(c.id(), "country", c.country(), i.country(), filled);
    String enrol = pick(c.id(), "enrollment", c.enrollmentAsPrinted(), i.enrollmentAsPrinted(), filled);
    String interv = pick(c.id(), "intervention", c.interventionAsPrinted(), i.interventionAsPrinted(), filled);
    String pmid = pick(c.id(), "pmid", c.pmid(), i.pmid(), filled);
    var product = c.registeredProductType() != null ? c.registeredProductType() : i.registeredProductType();
    var arms = c.arms();
    var outcomes = c.outcomes();
    if (c.arms().isEmpty() && !i.arms().isEmpty()) {
      arms = i.arms();
      outcomes = i.outcomes();
      filled.add(c.id() + ": arms and outcomes from " + i.id());
    }
    List<String> ids = new ArrayList<>(c.registryIds());
    i.registryIds().stream().filter(r -> ids.stream().noneMatch(r::equalsIgnoreCase)).forEach(ids::add);
    return new Study(c.id(), c.kind(), ids, c.citation(), c.doi(), pmid, c.design(), c.designAsPrinted(),
        c.condition(), c.population(), c.etiology(), country, phase, status, enrol, interv, product,
        c.preclinical(), c.flags(), c.overlaps(), c.source(), arms, outcomes, c.file());
  }

  private static String pick(String id, String field, String curated, String imported, List<String> filled) {
    if (curated == null && imported != null) {
      filled.add(id + ": " + field + " = '" + imported + "' (from registry)");
      return imported;
    }
    return curated;
  }

  private static String norm(String s) {
    return Objects.toString(s, "").toLowerCase(Locale.ROOT).replace('_', ' ').trim();
  }

  private static Integer leadingInt(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = Pattern.compile("^\\s*(\\d+)").matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static List<Integer> numbersIn(String s) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\d+").matcher(s);
    while (m.find()) {
      out.add(Integer.valueOf(m.group()));
    }
    return out;
  }
}
