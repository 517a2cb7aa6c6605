package com.chipchain.play;

/** Where a session is in its life: lobby -> running <-> paused -> finished. */
public enum SessionStatus { LOBBY, RUNNING, PAUSED, FINISHED }
