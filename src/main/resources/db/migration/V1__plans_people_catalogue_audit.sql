-- CarePlanner store, first schema. Never edit this file once released: add V2, V3... instead.
-- Names and free text are personal data: they live in the tables below (the file is to be encrypted by
-- the security work), never in the audit log.
-- Text copied from a plan is VARCHAR without a length (H2's limit, 1,000,000 characters): the plan format
-- accepts text up to 100,000 characters, and a save must never fail because a description is long.

-- The person a plan is for, as in the plan's latest version (each version's own copy is in its document).
CREATE TABLE person (
    id              UUID          NOT NULL PRIMARY KEY,
    given_name      VARCHAR  NOT NULL,
    family_name     VARCHAR  NOT NULL,
    preferred_name  VARCHAR  NOT NULL,
    date_of_birth   DATE,
    nhs_number      CHAR(10),
    -- given, family and preferred names folded for search: NFKD, accents and case removed, curly
    -- apostrophes straightened ("Zoë O’Brien" -> "zoe o'brien"); computed by the store (NameFolding).
    name_folded     VARCHAR  NOT NULL
);
CREATE INDEX person_nhs_number ON person (nhs_number);
CREATE INDEX person_name_folded ON person (name_folded);

-- One row per plan: where its latest version stands, for the home screen and search.
CREATE TABLE plan (
    id               UUID         NOT NULL PRIMARY KEY,
    person_id        UUID         NOT NULL REFERENCES person (id),
    current_version  INT          NOT NULL CHECK (current_version >= 1),
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the earliest review due across the plan's funding streams, computed by the caller's review rule
    next_review_due  DATE
);
CREATE INDEX plan_status ON plan (status);
CREATE INDEX plan_next_review_due ON plan (next_review_due);
CREATE INDEX plan_updated_at ON plan (updated_at);
CREATE UNIQUE INDEX plan_person ON plan (person_id);

-- Every version of every plan, kept. A sealed version (signed or approved) never changes again: the
-- trigger below refuses any change but a status move along the plan lifecycle (e.g. SIGNED -> APPROVED).
CREATE TABLE plan_version (
    plan_id          UUID         NOT NULL REFERENCES plan (id),
    version          INT          NOT NULL CHECK (version >= 1),
    status           VARCHAR(20)  NOT NULL
        CHECK (status IN ('DRAFT', 'AGREED', 'SIGNED', 'APPROVED', 'SUPERSEDED', 'CLOSED')),
    sealed           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE,
    saved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the whole version as a JSON document (org.careplanner.exchange format) and its format version
    document         CLOB         NOT NULL,
    document_format  INT          NOT NULL,
    -- SHA-256 (hex) of the canonical document: what a signature is taken over
    content_hash     CHAR(64)     NOT NULL,
    PRIMARY KEY (plan_id, version)
);
CREATE INDEX plan_version_status ON plan_version (status);

-- Child tables: copies of parts of a version for search and finance reports. The document is the
-- record; these are derived from it in the same transaction. Every child table starts (plan_id, version)
-- so the sealed-version guard can find its parent.
CREATE TABLE outcome (
    plan_id          UUID          NOT NULL,
    version          INT           NOT NULL,
    position         INT           NOT NULL,
    outcome_id       VARCHAR  NOT NULL,
    in_persons_words VARCHAR NOT NULL,
    target_date      DATE,
    importance       INT CHECK (importance BETWEEN 0 AND 10),
    confidence       INT CHECK (confidence BETWEEN 0 AND 10),
    stage_of_change  VARCHAR,
    PRIMARY KEY (plan_id, version, position),
    FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
);
CREATE INDEX outcome_target_date ON outcome (target_date);

CREATE TABLE support_line (
    plan_id            UUID           NOT NULL,
    version            INT            NOT NULL,
    position           INT            NOT NULL,
    line_id            VARCHAR   NOT NULL,
    description        VARCHAR  NOT NULL,
    provider           VARCHAR,
    category           VARCHAR   NOT NULL,
    catalogue_code     VARCHAR    NOT NULL,
    unit_price_pence   BIGINT         NOT NULL,
    unit               VARCHAR    NOT NULL,
    quantity           DECIMAL(19, 6) NOT NULL,
    frequency          VARCHAR(20)    NOT NULL,
    funding_stream_id  VARCHAR   NOT NULL,
    personal_assistant BOOLEAN        NOT NULL,
    PRIMARY KEY (plan_id, version, position),
    FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
);
CREATE INDEX support_line_catalogue_code ON support_line (catalogue_code);
CREATE INDEX support_line_category ON support_line (category);

CREATE TABLE support_line_outcome (
    plan_id        UUID          NOT NULL,
    version        INT           NOT NULL,
    line_position  INT           NOT NULL,
    outcome_id     VARCHAR  NOT NULL,
    PRIMARY KEY (plan_id, version, line_position, outcome_id),
    FOREIGN KEY (plan_id, version, line_position) REFERENCES support_line (plan_id, version, position)
);

CREATE TABLE risk (
    plan_id      UUID           NOT NULL,
    version      INT            NOT NULL,
    position     INT            NOT NULL,
    risk_id      VARCHAR   NOT NULL,
    description  VARCHAR  NOT NULL,
    PRIMARY KEY (plan_id, version, position),
    FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
);

CREATE TABLE signature (
    plan_id      UUID          NOT NULL,
    version      INT           NOT NULL,
    position     INT           NOT NULL,
    signer_role  VARCHAR   NOT NULL,
    signer_name  VARCHAR  NOT NULL,
    signed_at    TIMESTAMP WITH TIME ZONE,
    method       VARCHAR   NOT NULL,
    PRIMARY KEY (plan_id, version, position),
    FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
);

CREATE TRIGGER plan_version_sealed BEFORE UPDATE, DELETE ON plan_version
    FOR EACH ROW CALL 'org.careplanner.store.SealedVersionGuard';
CREATE TRIGGER outcome_sealed BEFORE INSERT, UPDATE, DELETE ON outcome
    FOR EACH ROW CALL 'org.careplanner.store.SealedVersionGuard';
CREATE TRIGGER support_line_sealed BEFORE INSERT, UPDATE, DELETE ON support_line
    FOR EACH ROW CALL 'org.careplanner.store.SealedVersionGuard';
CREATE TRIGGER support_line_outcome_sealed BEFORE INSERT, UPDATE, DELETE ON support_line_outcome
    FOR EACH ROW CALL 'org.careplanner.store.SealedVersionGuard';
CREATE TRIGGER risk_sealed BEFORE INSERT, UPDATE, DELETE ON risk
    FOR EACH ROW CALL 'org.careplanner.store.SealedVersionGuard';
CREATE TRIGGER signature_sealed BEFORE INSERT, UPDATE, DELETE ON signature
    FOR EACH ROW CALL 'org.careplanner.store.SealedVersionGuard';

-- The service catalogue: what a broker picks support lines from. Prices in whole pence.
CREATE TABLE service (
    code              VARCHAR(50)    NOT NULL PRIMARY KEY,
    name              VARCHAR(200)   NOT NULL,
    category          VARCHAR(100)   NOT NULL,
    unit              VARCHAR(50)    NOT NULL,
    unit_price_pence  BIGINT         NOT NULL CHECK (unit_price_pence >= 0),
    evidence_note     VARCHAR(2000)  NOT NULL,
    excluded          BOOLEAN        NOT NULL,
    source            VARCHAR(1000)  NOT NULL
);
CREATE INDEX service_category ON service (category);

-- Who did what, when. Entity ids and codes only: never a name or any other personal detail.
CREATE TABLE audit_event (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(50)   NOT NULL,
    entity_type  VARCHAR(30)   NOT NULL,
    entity_id    VARCHAR(100)  NOT NULL,
    version      INT,
    detail       VARCHAR(500)  NOT NULL
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
