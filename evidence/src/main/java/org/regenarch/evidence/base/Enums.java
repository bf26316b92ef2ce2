package org.regenarch.evidence.base;

/** Closed vocabularies of the evidence schema (docs/evidence-base.md explains each value). */
public final class Enums {
  private Enums() {}

  /** What kind of record a file holds. */
  public enum StudyKind { CLINICAL, REGISTRATION, PRECLINICAL }

  /** Study design; "allocation not stated" is kept apart from RCT because abstracts often omit it. */
  public enum Design {
    RCT, NON_RANDOMISED_CONTROLLED, CONTROLLED_ALLOCATION_NOT_STATED, RETROSPECTIVE_CONTROLLED,
    SINGLE_ARM, NOT_STATED
  }

  /** Population: ACLF is analysed apart from cirrhosis (shared/science/evidence/README). */
  public enum Condition { CIRRHOSIS, ACLF, MIXED, OTHER_LIVER, OTHER }

  /** Main aetiology of liver disease in the population. */
  public enum Etiology { HBV, HCV, ALCOHOL, PBC, AUTOIMMUNE, CRYPTOGENIC, MIXED, NOT_STATED }

  /** Tissue source of the product: bone marrow, umbilical cord, adipose tissue, ... */
  public enum CellSource { BM, UC, AD, CORD_BLOOD, MENSTRUAL, OTHER, NOT_STATED }

  /** Donor of the cells. */
  public enum Donor { AUTOLOGOUS, ALLOGENEIC, NOT_STATED }

  /** Living cells or extracellular vesicles (exosomes). */
  public enum ProductType { CELLS, EVS }

  /** Route of administration. */
  public enum Route {
    PERIPHERAL_VEIN, HEPATIC_ARTERY, PORTAL_VEIN, INTRASPLENIC, INTRAHEPATIC, MIXED, CONFLICTING, NOT_STATED
  }

  /** Role of an arm in the comparison. ALL = whole cohort reported together. */
  public enum ArmRole { MSC, CONTROL, OTHER, ALL }

  /** Whether a dose is given per administration or per course. */
  public enum DoseBasis { ADMINISTRATION, COURSE, UNCLEAR }

  /** Species of a preclinical study. */
  public enum Species { MOUSE, RAT, OTHER }

  /** Injury model of a preclinical study: carbon tetrachloride, thioacetamide, bile-duct ligation. */
  public enum InjuryModel { CCL4, TAA, BDL, OTHER }
}
