package com.chipchain;

import com.chipchain.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the web app, or runs a CLI command (validate, simulate, replay, benchmark) without starting it. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
