package org.careplanner.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.careplanner.domain.PlanStatus;

/**
 * One row of the home screen's list of plans: the plan's latest version.
 *
 * @param nhsNumber     the ten digits, or "" when not recorded
 * @param updatedAt     when the latest version was last saved
 * @param nextReviewDue when the next review is due, or null when not known
 */
public record PlanSummary(UUID planId, String personName, String nhsNumber, PlanStatus status, int version,
                          Instant updatedAt, LocalDate nextReviewDue) {
}
