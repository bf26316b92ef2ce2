package org.regenarch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.regenarch.clinical.score.Meld3;
import org.regenarch.clinical.score.ScoreResult;

/**
 * The JSON contract of {@code regenarch score --format json} (issue 3):
 * {"score", "value", "unrounded", "class", ["uncapped" for MELD 3.0], "inputs", "notes"}.
 */
final class ScoreJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScoreJson() {}

  static ObjectNode toNode(ScoreResult r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("score", r.score());
    o.set("value", MAPPER.valueToTree(r.value()));
    o.put("unrounded", r.unrounded());
    o.set("class", MAPPER.valueToTree(r.classification()));
    if (Meld3.NAME.equals(r.score())) {
      o.put("uncapped", r.uncapped());
    }
    ObjectNode inputs = o.putObject("inputs");
    for (Map.Entry<String, Object> e : r.inputs().entrySet()) {
      inputs.set(e.getKey(), MAPPER.valueToTree(e.getValue()));
    }
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    return o;
  }

  static String render(ScoreResult r) {
    try {
      return MAPPER.writeValueAsString(toNode(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a score result", e);
    }
  }
}
