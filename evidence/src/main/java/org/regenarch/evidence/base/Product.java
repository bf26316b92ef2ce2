package org.regenarch.evidence.base;

import org.regenarch.evidence.base.Enums.CellSource;
import org.regenarch.evidence.base.Enums.Donor;
import org.regenarch.evidence.base.Enums.ProductType;

/** The cell (or EV) product of an arm, with the source text it was classified from. */
public record Product(CellSource source, Donor donor, ProductType type, String asPrinted) {}
