-- A short PIN shown to a team when it joins: join code + team name + PIN bring it back to its seat
-- (docs/facilitator-guide.md, "A team lost its link").
ALTER TABLE seat ADD COLUMN rejoin_pin VARCHAR(8);
