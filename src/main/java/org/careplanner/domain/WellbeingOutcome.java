package org.careplanner.domain;

/** Care Act 2014 wellbeing outcomes, to which social-care needs may be tagged. */
public enum WellbeingOutcome {
    NUTRITION,
    PERSONAL_HYGIENE,
    TOILET_NEEDS,
    DRESSING,
    HOME_SAFETY,
    HOME_ENVIRONMENT,
    RELATIONSHIPS,
    WORK_TRAINING_EDUCATION_VOLUNTEERING,
    COMMUNITY_SERVICES,
    CARING_RESPONSIBILITIES
}
