package org.regenarch.app;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.regenarch.evidence.base.Arm;
import org.regenarch.evidence.base.Enums;
import org.regenarch.evidence.base.Enums.ArmRole;
import org.regenarch.evidence.base.Outcome;
import org.regenarch.evidence.base.Study;
import org.regenarch.evidence.base.StudyQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evidence list [filters]}: studies matching all given filters. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List studies, filtered by population, product, route, dose range, design or endpoint.")
final class EvidenceListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EvidenceOptions opts;

  @Option(names = "--kind", split = ",", paramLabel = "K", description = "clinical, registration, preclinical")
  List<String> kinds;

  @Option(names = "--population", split = ",", paramLabel = "P", description = "cirrhosis, aclf, mixed, other_liver, other")
  List<String> populations;

  @Option(names = "--etiology", split = ",", paramLabel = "E", description = "hbv, hcv, alcohol, pbc, autoimmune, cryptogenic, mixed, not_stated")
  List<String> etiologies;

  @Option(names = "--design", split = ",", paramLabel = "D",
      description = "rct, non_randomised_controlled, controlled_allocation_not_stated, retrospective_controlled, single_arm")
  List<String> designs;

  @Option(names = "--product", split = ",", paramLabel = "S", description = "Cell source: bm, uc, ad, cord_blood, menstrual, other, not_stated")
  List<String> sources;

  @Option(names = "--donor", split = ",", paramLabel = "D", description = "autologous, allogeneic, not_stated")
  List<String> donors;

  @Option(names = "--product-type", split = ",", paramLabel = "T", description = "cells, evs")
  List<String> productTypes;

  @Option(names = "--route", split = ",", paramLabel = "R",
      description = "peripheral_vein, hepatic_artery, portal_vein, intrasplenic, intrahepatic, mixed, conflicting, not_stated")
  List<String> routes;

  @Option(names = "--dose-min", paramLabel = "CELLS_PER_KG", description = "Lower end of the dose range (cells/kg), e.g. 5e5")
  Double doseMin;

  @Option(names = "--dose-max", paramLabel = "CELLS_PER_KG", description = "Upper end of the dose range (cells/kg)")
  Double doseMax;

  @Option(names = "--endpoint", paramLabel = "KEY", description = "Only studies reporting this endpoint (e.g. meld, albumin, death)")
  String endpoint;

  @Option(names = "--search", paramLabel = "TEXT", description = "Text in id, population, citation or intervention")
  String search;

  @Override
  public Integer call() throws Exception {
    if (doseMin != null && doseMax != null && doseMin > doseMax) {
      throw new ExitCodes.InvalidInputException("--dose-min " + doseMin + " is above --dose-max " + doseMax);
    }
    StudyQuery q = new StudyQuery(
        EvidenceOptions.enums(Enums.StudyKind.class, kinds, "--kind"),
        EvidenceOptions.enums(Enums.Condition.class, populations, "--population"),
        EvidenceOptions.enums(Enums.Etiology.class, etiologies, "--etiology"),
        EvidenceOptions.enums(Enums.Design.class, designs, "--design"),
        EvidenceOptions.enums(Enums.CellSource.class, sources, "--product"),
        EvidenceOptions.enums(Enums.Donor.class, donors, "--donor"),
        EvidenceOptions.enums(Enums.ProductType.class, productTypes, "--product-type"),
        EvidenceOptions.enums(Enums.Route.class, routes, "--route"),
        doseMin, doseMax, endpoint, search);
    boolean json = opts.json();
    List<Study> hits = opts.load().query(q);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("count", hits.size());
      root.put("studies", hits.stream().map(EvidenceListCommand::summary).toList());
      out.println(EvidenceOptions.JSON.writeValueAsString(root));
    } else {
      out.printf("%-28s %-12s %-33s %-11s %-22s %-16s %5s  %s%n", "ID", "KIND", "DESIGN", "POPULATION",
          "MSC PRODUCT", "ROUTE", "N", "ENDPOINTS");
      for (Study s : hits) {
        Map<String, Object> m = summary(s);
        out.printf("%-28s %-12s %-33s %-11s %-22s %-16s %5s  %s%n", s.id(), s.kind(), s.design(), s.condition(),
            String.join(";", cast(m.get("products"))), String.join(";", cast(m.get("routes"))),
            s.totalN() == null ? "-" : s.totalN(), String.join(",", cast(m.get("endpoints"))));
      }
      out.println(hits.size() + " stud" + (hits.size() == 1 ? "y" : "ies"));
    }
    out.flush();
    return ExitCodes.OK;
  }

  @SuppressWarnings("unchecked")
  private static List<String> cast(Object o) {
    return (List<String>) o;
  }

  static Map<String, Object> summary(Study s) {
    List<Arm> msc = s.armsWithRole(ArmRole.MSC);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("kind", s.kind());
    m.put("registry_ids", s.registryIds());
    m.put("design", s.design());
    m.put("condition", s.condition());
    m.put("population", s.population());
    m.put("n_total", s.totalN());
    List<String> products = msc.stream().filter(a -> a.product() != null)
        .map(a -> a.product().source() + "/" + a.product().donor() + "/" + a.product().type())
        .distinct().toList();
    if (products.isEmpty() && s.registeredProductType() != null) {
      products = List.of("registered " + s.registeredProductType()); // registrations carry no arms
    }
    m.put("products", products);
    m.put("routes", msc.stream().filter(a -> a.route() != null).map(a -> a.route().name()).distinct().toList());
    m.put("endpoints", List.copyOf(new TreeSet<>(s.outcomes().stream().map(Outcome::endpoint).toList())));
    m.put("flags", s.flags());
    m.put("source", s.source().url());
    return m;
  }
}
