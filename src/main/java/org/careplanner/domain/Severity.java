package org.careplanner.domain;

/** How much a problem matters: a blocking problem stops the plan being agreed or signed. */
public enum Severity {
    BLOCKING,
    WARNING,
    INFO
}
