/**
 * Signing a plan version: the checks that must pass, the SHA-256 over its canonical form, and storing it sealed
 * (docs/decisions/0008-*.md). No screens here: the sign dialog in {@code ui.sign} calls {@link
 * org.careplanner.signing.PlanSigning} off the JavaFX thread.
 */
package org.careplanner.signing;
