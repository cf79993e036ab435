package org.careplanner.domain;

import java.time.LocalDate;

/**
 * The person whose plan it is.
 *
 * @param nhsNumber          optional; when present it has passed its Modulus 11 check
 * @param dateOfBirth        optional
 * @param communicationNeeds how best to communicate with them (large print, interpreter, Makaton...)
 * @param representative     optional representative or nominee
 */
public record Person(
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        NhsNumber nhsNumber,
        String address,
        String phone,
        String communicationNeeds,
        Representative representative) {

    public Person {
        givenName = Text.of(givenName);
        familyName = Text.of(familyName);
        preferredName = Text.of(preferredName);
        address = Text.of(address);
        phone = Text.of(phone);
        communicationNeeds = Text.of(communicationNeeds);
    }

    public static Person named(String givenName, String familyName) {
        return new Person(givenName, familyName, "", null, null, "", "", "", null);
    }

    public String fullName() {
        return (givenName + " " + familyName).strip();
    }
}
