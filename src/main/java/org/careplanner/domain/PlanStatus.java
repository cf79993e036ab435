package org.careplanner.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a plan version stands. A signed or approved version never changes again. */
public enum PlanStatus {
    DRAFT,
    AGREED,
    SIGNED,
    APPROVED,
    SUPERSEDED,
    CLOSED;

    /** The statuses this one may move to. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(AGREED, CLOSED);
            case AGREED -> EnumSet.of(DRAFT, SIGNED, CLOSED);
            case SIGNED -> EnumSet.of(APPROVED, SUPERSEDED, CLOSED);
            case APPROVED -> EnumSet.of(SUPERSEDED, CLOSED);
            case SUPERSEDED, CLOSED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /** Signed and approved versions are locked: an edit starts a new draft version. */
    public boolean isLocked() {
        return this == SIGNED || this == APPROVED || this == SUPERSEDED || this == CLOSED;
    }
}
