-- A facilitator's message to one chain only (a workshop of 40 chains cannot talk to all of them
-- about one chain's trouble); NULL: the message is for the whole class, as before.
ALTER TABLE broadcast ADD COLUMN chain_index INT;
