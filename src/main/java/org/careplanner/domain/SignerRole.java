package org.careplanner.domain;

public enum SignerRole {
    PERSON,
    REPRESENTATIVE,
    BROKER,
    COMMISSIONER
}
