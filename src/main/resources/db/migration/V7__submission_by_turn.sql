-- Who has submitted the turn being played is read with every submission (does the turn close?) and
-- for every screen's "who has submitted": by session and turn, not by the primary key's seat order.
-- Without it a workshop of 200 teams reads every submission of every earlier turn 400 times a turn.
CREATE INDEX submission_by_turn ON submission (session_id, turn);
