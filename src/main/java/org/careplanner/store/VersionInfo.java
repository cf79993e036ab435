package org.careplanner.store;

import java.time.Instant;
import java.util.UUID;
import org.careplanner.domain.PlanStatus;

/**
 * One stored version of a plan, as the version history lists it.
 *
 * @param sealed      signed or approved: it never changes again
 * @param savedAt     when the store last wrote it
 * @param contentHash SHA-256 (hex) of the version's canonical document
 */
public record VersionInfo(UUID planId, int version, PlanStatus status, boolean sealed, Instant savedAt,
                          String contentHash) {
}
