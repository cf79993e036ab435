package org.careplanner.store;

import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careplanner.domain.Money;

/** The service catalogue: what a broker picks support lines from. Seeded by migration V2. */
public final class ServiceCatalogue {

    static final String ENTITY = "service";

    private static final String COLUMNS = "code, name, category, unit, unit_price_pence, evidence_note, excluded, source";

    private final Database database;
    private final AuditLog audit;

    ServiceCatalogue(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    /** Every service, by category then name. */
    public List<CatalogueEntry> entries() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM service ORDER BY category, name, code")) {
                List<CatalogueEntry> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(entry(r));
                    }
                }
                return out;
            }
        });
    }

    public Optional<CatalogueEntry> entry(String code) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM service WHERE code = ?")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(entry(r)) : Optional.empty();
                }
            }
        });
    }

    /** Adds a service, or replaces the one with the same code. */
    public void saveEntry(CatalogueEntry entry) {
        database.write(c -> {
            upsert(c, entry);
            return null;
        });
    }

    /** The whole catalogue as CSV text for a spreadsheet. */
    public String exportCsv() {
        return CatalogueCsv.write(entries());
    }

    /**
     * Adds or replaces the services in a CSV file (services not in the file are kept). If any row is bad,
     * nothing changes and every bad row is reported.
     */
    public CatalogueCsv.Parsed importCsv(Reader csv) {
        CatalogueCsv.Parsed parsed = CatalogueCsv.read(csv);
        if (!parsed.isOk()) {
            return parsed;
        }
        database.write(c -> {
            for (CatalogueEntry e : parsed.entries()) {
                upsert(c, e);
            }
            audit.record(c, "catalogue.imported", ENTITY, "*", null, "rows=" + parsed.entries().size());
            return null;
        });
        return parsed;
    }

    private void upsert(Connection c, CatalogueEntry e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO service (" + COLUMNS + ") KEY (code) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, e.code());
            s.setString(2, e.name());
            s.setString(3, e.category());
            s.setString(4, e.unit());
            s.setLong(5, e.unitPrice().pence());
            s.setString(6, e.evidenceNote());
            s.setBoolean(7, e.excluded());
            s.setString(8, e.source());
            s.executeUpdate();
        }
        audit.record(c, "catalogue.saved", ENTITY, e.code(), null, "");
    }

    private static CatalogueEntry entry(ResultSet r) throws SQLException {
        return new CatalogueEntry(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                Money.ofPence(r.getLong(5)), r.getString(6), r.getBoolean(7), r.getString(8));
    }
}
