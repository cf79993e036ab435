package org.careplanner.domain;

import java.util.Map;
import java.util.Set;

/**
 * The longest text each kind of field of a plan may hold, in characters (UTF-16 units, as {@link String#length()}
 * counts them). One set of numbers for every way text gets in: the editor refuses typing or pasting past them,
 * and the plan file reader refuses a file that goes past them, naming the field. So a plan typed in the editor
 * always exports and imports again, and a plan imported always fits the editor's fields.
 * See docs/decisions/0018-one-set-of-field-limits-for-typing-and-files.md.
 */
public final class TextLimits {

    /** A person's name, an organisation, a provider or employer: any real name, and it prints on one line. */
    public static final int NAME = 200;
    /** One line of text: a support line's description, who to call, a reviewer, a relationship, an id. */
    public static final int SHORT_TEXT = 200;
    /** The person's words in a text area, a risk, a note: several pages. */
    public static final int LONG_TEXT = 10_000;
    /** A telephone number with its spaces, brackets and extension. */
    public static final int PHONE = 40;
    /** An NHS number as typed: "943 476 5919" is 12 characters. */
    public static final int NHS_NUMBER = 12;
    /** An amount of money as typed: "£999,999,999.99" is 15 characters. */
    public static final int MONEY = 20;
    /** A quantity or hours a week as typed, e.g. "37.5". */
    public static final int NUMBER = 20;
    /** A ruler score, 0 to 10. */
    public static final int SCORE = 2;
    /** A date as typed, day/month/year: "31/12/2026" is 10 characters. */
    public static final int DATE = 10;
    /** The longest of all: a file's text limit must be at least this, or an edited plan could not be read back. */
    public static final int LONGEST = LONG_TEXT;

    /** Record components (as "Record.component") that hold a name. */
    private static final Set<String> NAMES = Set.of(
            "Person.givenName", "Person.familyName", "Person.preferredName", "Contact.name", "Contact.organisation",
            "Carer.name", "ConnectedPerson.name", "Representative.name", "Signature.name", "Signature.witness",
            "SupportLine.providerName", "PaEmployment.employer", "FundingStream.name", "FundingStream.heldBy",
            "PeopleInvolved.commissionerBody", "ReviewArrangement.reviewer");
    /** Record components that hold one short line; everything not listed here or in NAMES is long text. */
    private static final Map<String, Integer> ONE_LINE = Map.ofEntries(
            Map.entry("Contact.phone", PHONE), Map.entry("Person.phone", PHONE),
            Map.entry("Contact.email", SHORT_TEXT), Map.entry("Representative.contact", SHORT_TEXT),
            Map.entry("Carer.relationship", SHORT_TEXT), Map.entry("ConnectedPerson.relationship", SHORT_TEXT),
            Map.entry("SupportLine.description", SHORT_TEXT), Map.entry("SupportLine.category", SHORT_TEXT),
            Map.entry("SupportLine.catalogueCode", SHORT_TEXT), Map.entry("SupportLine.unit", SHORT_TEXT),
            Map.entry("SupportLine.when", SHORT_TEXT), Map.entry("SupportLine.fundingStreamId", SHORT_TEXT),
            Map.entry("SupportLine.id", SHORT_TEXT), Map.entry("Outcome.id", SHORT_TEXT),
            Map.entry("HealthNeed.id", SHORT_TEXT), Map.entry("Risk.id", SHORT_TEXT), Map.entry("Quote.id", SHORT_TEXT),
            Map.entry("FundingStream.id", SHORT_TEXT), Map.entry("Quote.section", SHORT_TEXT),
            Map.entry("BrokerNote.section", SHORT_TEXT), Map.entry("WorkingNotWorking.perspective", SHORT_TEXT),
            Map.entry("Risk.whoToCall", SHORT_TEXT), Map.entry("Plan.signedHash", SHORT_TEXT));

    private TextLimits() {
    }

    /** The longest text a plan's record may hold in one of its text components. */
    public static int of(Class<?> record, String component) {
        String key = record.getSimpleName() + "." + component;
        if (NAMES.contains(key)) {
            return NAME;
        }
        return ONE_LINE.getOrDefault(key, LONG_TEXT);
    }
}
