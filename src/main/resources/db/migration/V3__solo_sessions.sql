-- Solo practice sessions are marked: kept out of the facilitator's list and removed after a period
-- without play (docs/deploy.md, "Solo practice").
ALTER TABLE game_session ADD COLUMN solo BOOLEAN DEFAULT FALSE NOT NULL;
