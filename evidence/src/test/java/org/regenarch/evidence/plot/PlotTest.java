package org.regenarch.evidence.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.regenarch.evidence.meta.Convergence;
import org.regenarch.evidence.meta.Measure;
import org.regenarch.evidence.meta.MetaAnalysis;
import org.regenarch.evidence.meta.MetaCsv;
import org.regenarch.evidence.meta.MetaReport;
import org.regenarch.evidence.meta.MetaRequest;
import org.regenarch.evidence.meta.PoolingMethod;
import org.regenarch.evidence.meta.TestType;
import org.w3c.dom.Document;

class PlotTest {
  private static final String CSV = "study,yi,vi,grp\n"
      + "\"Smith & <Jones>\",0.10,0.010,a\nB,0.30,0.020,a\nC,0.45,0.040,b\nD,0.60,0.060,b\nE,0.90,0.090,b\n";

  private static MetaReport report() {
    return MetaAnalysis.run(MetaCsv.parse("p.csv", CSV), new MetaRequest(Measure.GEN, PoolingMethod.REML, TestType.Z, "grp",
        List.of(), false, false, false, true, Convergence.TIGHT));
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void forestIsWellFormedEscapedAndDeterministic() throws Exception {
    String svg = ForestPlot.render(report());
    assertThat(svg).isEqualTo(ForestPlot.render(report()));
    assertThat(svg).contains("Smith &amp; &lt;Jones&gt;").doesNotContain("<Jones>");
    Document d = parse(svg);
    // one square per study plus the white background
    assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(5 + 1);
    // two subgroup diamonds and the pooled one
    assertThat(d.getElementsByTagName("polygon").getLength()).isGreaterThanOrEqualTo(3);
    assertThat(svg).contains("Prediction interval").contains("Test for subgroup differences");
  }

  @Test
  void funnelShowsFilledStudiesHollow() throws Exception {
    MetaReport r = report();
    String svg = FunnelPlot.render(r);
    assertThat(svg).isEqualTo(FunnelPlot.render(report()));
    Document d = parse(svg);
    int hollow = 0;
    for (int i = 0; i < d.getElementsByTagName("circle").getLength(); i++) {
      if ("white".equals(d.getElementsByTagName("circle").item(i).getAttributes().getNamedItem("fill").getNodeValue())) {
        hollow++;
      }
    }
    int k0 = r.trimfill().k0();
    assertThat(k0).isPositive(); // effects grow with SE: studies missing on the left
    assertThat(hollow).isEqualTo(k0 + 1); // plus the legend marker
  }
}
