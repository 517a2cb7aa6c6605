-- Teacher accounts (docs/deploy.md, "Accounts"): each teacher logs in with their own name and password,
-- stored only as a hash (Spring Security's delegating encoder, bcrypt).
CREATE TABLE teacher_account (
    username      VARCHAR(40)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    admin         BOOLEAN      NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);

-- Every classroom session belongs to the teacher who created it; sessions from before accounts have no
-- owner until the first administrator is made from the configured facilitator login.
ALTER TABLE game_session ADD COLUMN owner VARCHAR(40);

-- Colleagues the owner lets run the class with them.
CREATE TABLE co_facilitator (
    session_id VARCHAR(36) NOT NULL REFERENCES game_session (id),
    username   VARCHAR(40) NOT NULL REFERENCES teacher_account (username),
    added_at   TIMESTAMP   NOT NULL,
    PRIMARY KEY (session_id, username)
);

-- Wrong rejoin PINs are counted per seat, whatever browser types them; at the limit the seat's PIN
-- stops working until the teacher unlocks it or gives a new one.
ALTER TABLE seat ADD COLUMN pin_failures INT DEFAULT 0 NOT NULL;

-- Values the nodes of one installation share: the key that signs "this browser has logged in before".
CREATE TABLE server_secret (
    secret_name  VARCHAR(40)  PRIMARY KEY,
    secret_value VARCHAR(200) NOT NULL
);
