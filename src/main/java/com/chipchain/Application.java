package com.chipchain;

import com.chipchain.cli.Cli;
import com.chipchain.cli.Launch;
import com.chipchain.cli.ServerData;
import com.chipchain.cli.ServerDataApp;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the web app, or runs a CLI command (validate, simulate, replay, benchmark), or works on its database (accounts, backup, restore) without starting it. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        Launch launch = Launch.of(args);
        switch (launch.kind()) {
            case COMMAND -> System.exit(Cli.run(args, System.out, System.err));
            case SERVER_DATA -> System.exit(ServerData.run(args, ServerDataApp::start, System.in, System.out, System.err));
            case VERSION -> {
                System.out.println(Launch.version());
                System.exit(0);
            }
            case UNKNOWN -> {
                System.err.println(Launch.refusal(args));
                System.err.print(Cli.usage());
                System.exit(2);
            }
            case SERVE -> SpringApplication.run(Application.class, launch.serverArgs().toArray(String[]::new));
        }
    }
}
