package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Sex;

class PatientInputTest {
  @TempDir Path dir;

  @Test
  void readsAPatientFileInEitherUnitSystem() throws Exception {
    Path f = dir.resolve("anna.yaml");
    Files.writeString(f, """
        etiology: alcohol
        cause_treated: true
        age_years: 48
        sex: female
        weight_kg: 62
        labs:
          bilirubin_umol_l: 51.3
          albumin_g_l: 30
          inr: 1.5
          creatinine_umol_l: 88.4
          sodium_mmol_l: 133
          hvpg_mmhg: 15
          ascites: mild
        """);
    Patient p = PatientFile.read(f);
    assertThat(p.name()).isEqualTo("anna");
    assertThat(p.etiology()).isEqualTo(Etiology.ALCOHOL);
    assertThat(p.causeTreated()).isTrue();
    assertThat(p.sex()).isEqualTo(Sex.FEMALE);
    assertThat(p.labs().bilirubinMgDl()).isCloseTo(3.0, offset(0.01));
    assertThat(p.labs().albuminGDl()).isCloseTo(3.0, offset(1e-9));
    assertThat(p.labs().creatinineMgDl()).isCloseTo(1.0, offset(0.01));
    assertThat(p.labs().hvpgMmHg()).isEqualTo(15);
    assertThat(p.labs().ascites()).isEqualTo(Ascites.MILD);
  }

  @Test
  void errorsNameTheFileAndTheField() throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "etiology: hbv\nage_years: 50\nsex: male\nweight_kg: 70\nlabs:\n  albumin_g_dl: 3\n  inr: 1.2\n"
        + "  creatinine_mg_dl: 1\n  sodium_mmol_l: 138\n");
    assertThatThrownBy(() -> PatientFile.read(f)).isInstanceOf(PatientInputException.class)
        .hasMessageContaining("bad.yaml").hasMessageContaining("bilirubin_mg_dl");
    Files.writeString(f, "etiology: flu\nage_years: 50\nsex: male\nweight_kg: 70\nlabs: {bilirubin_mg_dl: 1, "
        + "albumin_g_dl: 3, inr: 1.2, creatinine_mg_dl: 1, sodium_mmol_l: 138}\n");
    assertThatThrownBy(() -> PatientFile.read(f)).hasMessageContaining("etiology 'flu'");
    Files.writeString(f, "etiology: hbv\nage: 50\n");
    assertThatThrownBy(() -> PatientFile.read(f)).hasMessageContaining("unknown field 'age'");
    Files.writeString(f, "etiology: hbv\nage_years: 50\nsex: male\nweight_kg: 70\nlabs: {bilirubin_mg_dl: 1, "
        + "albumin_g_dl: 35, inr: 1.2, creatinine_mg_dl: 1, sodium_mmol_l: 138}\n");
    assertThatThrownBy(() -> PatientFile.read(f)).isInstanceOf(PatientInputException.class).hasMessageContaining("albumin");
  }

  @Test
  void unknownPresetsAreRejectedWithTheList() {
    assertThatThrownBy(() -> Presets.get("decompensated-hbc")).isInstanceOf(PatientInputException.class)
        .hasMessageContaining("decompensated-hbv");
    assertThat(Presets.all()).containsKeys("healthy", "compensated-hbv", "decompensated-hbv", "decompensated-alcohol",
        "decompensated-hcv", "decompensated-masld", "pbc");
  }

  @Test
  void modesParseAndRejectNonsense() {
    assertThat(Modes.ALL_ON.with(java.util.List.of("immune=off", "ev=off"))).isEqualTo(new Modes(false, true, true, true, false));
    assertThatThrownBy(() -> Modes.ALL_ON.with(java.util.List.of("magic=off"))).isInstanceOf(PatientInputException.class);
    assertThatThrownBy(() -> Modes.ALL_ON.with(java.util.List.of("immune=maybe"))).isInstanceOf(PatientInputException.class);
  }
}
