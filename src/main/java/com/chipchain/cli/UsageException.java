package com.chipchain.cli;

/** The command line was wrong: the message says how to call it right. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
