package com.chipchain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.accounts.TeacherLogins;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code accounts add [--admin] NAME} on a server's database: the password from standard input, stored as a hash. */
class AccountsCommandTest {

    record Outcome(int exitCode, String out, String err) {}

    final String database = "--spring.datasource.url=jdbc:h2:file:"
            + Path.of("target", "test-db", "accounts-cli-" + System.nanoTime()).toAbsolutePath() + ";WRITE_DELAY=0";

    Outcome run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(database))
                .toArray(String[]::new);
        int code = ServerData.run(all, ServerDataApp::start, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void an_administrator_and_a_teacher_are_added_with_their_passwords_from_standard_input() {
        Outcome admin = run("head-of-it-1\n", "accounts", "add", "--admin", "Head");
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("Added administrator head.");
        assertThat(run("ana-password\n", "accounts", "add", "ana").out()).contains("Added teacher ana.");

        Outcome twice = run("another-one\n", "accounts", "add", "ANA");
        assertThat(twice.exitCode()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(twice.err()).contains("already an account ana");
        Outcome shortPassword = run("short\n", "accounts", "add", "ben");
        assertThat(shortPassword.exitCode()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(shortPassword.err()).contains("8");
        Outcome noPassword = run("", "accounts", "add", "cleo");
        assertThat(noPassword.exitCode()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(noPassword.err()).contains("nothing was added");

        Outcome list = run("", "accounts", "list");
        assertThat(list.out()).isEqualTo("ana  teacher\nhead  administrator\n");

        try (ConfigurableApplicationContext app = ServerDataApp.start(new String[] {database})) {
            UserDetails head = app.getBean(TeacherLogins.class).loadUserByUsername("head");
            PasswordEncoder hashes = app.getBean(PasswordEncoder.class);
            assertThat(head.getPassword()).doesNotContain("head-of-it-1").startsWith("{bcrypt}");
            assertThat(hashes.matches("head-of-it-1", head.getPassword())).isTrue();
            assertThat(head.getAuthorities()).extracting(Object::toString).contains("ROLE_" + TeacherLogins.ADMIN);
        }
    }

    @Test
    void a_misspelt_command_line_says_what_is_wrong_and_touches_nothing() {
        Outcome admin = run("", "accounts", "add", "--admn", "head");
        assertThat(admin.exitCode()).isEqualTo(Cli.BAD_USAGE);
        assertThat(admin.err()).contains("unknown option --admn");
        assertThat(run("", "accounts", "remove", "head").exitCode()).isEqualTo(Cli.BAD_USAGE);
        assertThat(run("", "backup").exitCode()).isEqualTo(Cli.BAD_USAGE);
    }
}
