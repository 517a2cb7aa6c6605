-- Classroom sessions: each plays one scenario in several chains; a game is stored as its log
-- (decisions and injected events per turn) and replayed through the engine to rebuild its state.

CREATE TABLE game_session (
    id                 VARCHAR(36)  PRIMARY KEY,
    join_code          VARCHAR(12)  NOT NULL UNIQUE,
    scenario_id        VARCHAR(100) NOT NULL,
    scenario_version   INT          NOT NULL,
    seed               BIGINT       NOT NULL,
    chains             INT          NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    turn               INT          NOT NULL,
    timer_seconds      INT,
    turn_deadline      TIMESTAMP,
    paused_remaining_ms BIGINT,
    default_rule       VARCHAR(16)  NOT NULL,
    default_bot_policy VARCHAR(200) NOT NULL,
    shared_demand      BOOLEAN      NOT NULL,
    created_at         TIMESTAMP    NOT NULL
);

CREATE TABLE seat (
    session_id   VARCHAR(36)  NOT NULL REFERENCES game_session (id),
    chain_index  INT          NOT NULL,
    role_id      VARCHAR(100) NOT NULL,
    bot_policy   VARCHAR(200),
    team_name    VARCHAR(100),
    token_hash   VARCHAR(64)  UNIQUE,
    joined_at    TIMESTAMP,
    last_seen_at TIMESTAMP,
    PRIMARY KEY (session_id, chain_index, role_id)
);

CREATE TABLE submission (
    session_id    VARCHAR(36)   NOT NULL REFERENCES game_session (id),
    chain_index   INT           NOT NULL,
    role_id       VARCHAR(100)  NOT NULL,
    turn          INT           NOT NULL,
    decision_json VARCHAR(20000) NOT NULL,
    submitted_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (session_id, chain_index, role_id, turn)
);

CREATE TABLE injected_event (
    session_id  VARCHAR(36)   NOT NULL REFERENCES game_session (id),
    seq         INT           NOT NULL,
    turn        INT           NOT NULL,
    event_json  VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE turn_record (
    session_id     VARCHAR(36)    NOT NULL REFERENCES game_session (id),
    chain_index    INT            NOT NULL,
    turn           INT            NOT NULL,
    decisions_json VARCHAR(100000) NOT NULL,
    defaulted      VARCHAR(1000)  NOT NULL,
    resolved_at    TIMESTAMP      NOT NULL,
    PRIMARY KEY (session_id, chain_index, turn)
);

CREATE TABLE broadcast (
    session_id VARCHAR(36)   NOT NULL REFERENCES game_session (id),
    seq        INT           NOT NULL,
    message    VARCHAR(2000) NOT NULL,
    sent_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (session_id, seq)
);
