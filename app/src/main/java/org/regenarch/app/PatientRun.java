package org.regenarch.app;

import java.util.List;
import org.regenarch.model.FittedPatient;
import org.regenarch.model.Modes;
import org.regenarch.model.RunRecord;
import org.regenarch.model.TherapySpec;
import org.regenarch.model.Trajectory;

/** One simulate invocation's inputs and results (control is null without --compare-control). */
record PatientRun(FittedPatient patient, List<TherapySpec> therapies, Modes modes, Trajectory therapy,
    Trajectory control, RunRecord record) {}
