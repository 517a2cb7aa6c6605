package com.chipchain.cli;

import com.chipchain.play.accounts.Accounts;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The database side of the app alone (no web server, no game clock): what {@link ServerData} works with. */
@Configuration
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        FlywayAutoConfiguration.class})
@ComponentScan(basePackageClasses = Accounts.class)
public class ServerDataApp {

    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    /** A setting that makes {@link #start} read the settings only: no database, no beans. */
    public static final String SETTINGS_ONLY = "chipchain.cli.settings-only";

    /** Nothing to build: a context for reading the settings. */
    static final class NoBeans {}

    public static ConfigurableApplicationContext start(String[] settings) {
        boolean settingsOnly = java.util.Arrays.asList(settings).contains("--" + SETTINGS_ONLY + "=true");
        return new SpringApplicationBuilder(settingsOnly ? NoBeans.class : ServerDataApp.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties("logging.level.root=warn", "logging.level.org.flywaydb=warn",
                        // a database that cannot be opened is reported by ServerData in one line
                        "logging.level.org.springframework.boot.SpringApplication=off",
                        "logging.level.org.springframework.context=error").run(settings);
    }
}
