package org.careplanner.store;

import java.sql.Connection;

/**
 * An H2 trigger a test puts on Flyway's schema history: in a program started with
 * {@code -Dcareplanner.test.haltWhenRecorded=true} it stops that program dead ({@code Runtime.halt}) as Flyway goes
 * to record a migration as applied, after the migration's own statements ran: the moment a kill leaves a step half
 * done. Anywhere else it does nothing.
 */
public final class HaltWhenRecorded implements org.h2.api.Trigger {

    static final String PROPERTY = "careplanner.test.haltWhenRecorded";

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        if (Boolean.getBoolean(PROPERTY)) {
            Runtime.getRuntime().halt(FaultyDisk.HALTED);
        }
    }
}
