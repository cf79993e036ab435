/**
 * The motivational-interviewing conversation, model side: the steps in order, the broker's prompts (keys into
 * {@code prompts.properties}), the importance and confidence rulers, the person's change talk, progress through
 * the steps and stage-of-change guidance.
 *
 * <p>Plain immutable values and pure functions, so the JavaFX screens can bind to them and the tests need no
 * window. No javafx, no java.sql. Text people read comes from the bundle through {@link
 * org.careplanner.interview.BrokerPrompts}; the model itself hands out keys.
 */
package org.careplanner.interview;
