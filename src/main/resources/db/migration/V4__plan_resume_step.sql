-- Where the conversation was left for each plan, so reopening it resumes there (ADR 0013).
-- On the plan row, not in the version's document: the document's canonical form is what a signature is taken
-- over, and the step a broker last looked at is not part of the plan. The name of a conversation step
-- (org.careplanner.interview.ConversationStep), or NULL when not known; an unknown name is ignored on reading.
ALTER TABLE plan ADD COLUMN resume_step VARCHAR(40);
