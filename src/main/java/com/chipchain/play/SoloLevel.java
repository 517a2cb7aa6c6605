package com.chipchain.play;

/** How the bots in a solo player's chain play: easy (steady), normal (like the average human), hard (chasing demand). */
public enum SoloLevel { EASY, NORMAL, HARD }
