package org.careplanner.domain;

/** The authority by which someone acts for the person. */
public enum RepresentativeRole {
    LASTING_POWER_OF_ATTORNEY,
    COURT_OF_PROTECTION_DEPUTY,
    PARENT_OF_CHILD,
    /** Takes on the legal duties of a direct payment (e.g. being the employer) without being a representative. */
    NOMINEE,
    OTHER
}
