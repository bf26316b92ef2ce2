package org.regenarch.engine.fba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regenarch.engine.Engine;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;

class CoreModelXmlTest {

  @Test
  void removesEveryFbcElementAttributeAndDeclarationSoTheEngineAcceptsTheCore() throws Exception {
    String xml = FbcReaderTest.suiteModel("01617");
    assertThatThrownBy(() -> Engine.fromString(xml, "01617")).isInstanceOf(UnsupportedFeatureException.class);

    String core = CoreModelXml.withoutFbc(xml, "01617");

    assertThat(core).doesNotContain("fbc").contains("<initialAssignment symbol=\"fb_0\"", "id=\"R26\"");
    assertThat(Engine.fromString(core, "01617 core").symbolIds()).contains("fb_0", "fb_1000");
  }

  @Test
  void malformedXmlNamesTheSource() {
    assertThatThrownBy(() -> CoreModelXml.withoutFbc("<sbml><model>", "broken.xml"))
        .isInstanceOf(ModelFormatException.class).hasMessageStartingWith("broken.xml: not readable as XML");
  }
}
