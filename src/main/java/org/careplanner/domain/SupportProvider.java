package org.careplanner.domain;

/** Who gives a piece of support. */
public enum SupportProvider {
    SELF,
    FAMILY,
    FRIEND,
    COMMUNITY,
    PAID_PROVIDER,
    PERSONAL_ASSISTANT
}
