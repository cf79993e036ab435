package org.careplanner.domain;

/** Who pays for a funding stream: the NHS (an integrated care board) or the council (Care Act). */
public enum Commissioner {
    NHS,
    COUNCIL
}
