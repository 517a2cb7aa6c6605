package com.chipchain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jar starts the web app only when asked to: a mistake prints the usage and never opens a port. */
class LaunchTest {

    @Test
    void no_arguments_serve_and_so_does_serve_with_settings() {
        assertThat(Launch.of(new String[0]).kind()).isEqualTo(Launch.Kind.SERVE);
        Launch serve = Launch.of(new String[] {"serve", "--server.port=8090", "--chipchain.facilitator.password=a=b"});
        assertThat(serve.kind()).isEqualTo(Launch.Kind.SERVE);
        assertThat(serve.serverArgs()).containsExactly("--server.port=8090", "--chipchain.facilitator.password=a=b");
        assertThat(Launch.of(new String[] {"--server.port=8090"}).kind()).isEqualTo(Launch.Kind.SERVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "--bogus", "-x", "serve --bogus", "serve extra", "--version extra", "--server.port"})
    void anything_unknown_is_refused_without_starting_the_server(String line) {
        String[] args = line.split(" ");
        assertThat(Launch.of(args).kind()).as(line).isEqualTo(Launch.Kind.UNKNOWN);
        assertThat(Launch.refusal(args)).startsWith("Unknown command or option: ");
    }

    @Test
    void version_and_commands_are_told_apart() {
        assertThat(Launch.of(new String[] {"--version"}).kind()).isEqualTo(Launch.Kind.VERSION);
        assertThat(Launch.version()).startsWith("chipchain ");
        assertThat(Launch.of(new String[] {"validate", "x.yaml"}).kind()).isEqualTo(Launch.Kind.COMMAND);
        assertThat(Launch.of(new String[] {"--help"}).kind()).isEqualTo(Launch.Kind.COMMAND);
    }
}
