package org.regenarch.evidence.base;

import org.regenarch.evidence.base.Enums.InjuryModel;
import org.regenarch.evidence.base.Enums.Species;

/** Animal model of a preclinical study. */
public record PreclinicalModel(Species species, InjuryModel injuryModel, String injuryAsPrinted) {}
