package com.chipchain.cli;

import com.chipchain.play.PlayException;
import com.chipchain.play.accounts.Account;
import com.chipchain.play.accounts.Accounts;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.env.PropertyResolver;
import com.chipchain.play.backup.H2Database;

/**
 * The commands that work on the server's database rather than on scenario files: teacher accounts,
 * backup and restore (docs/deploy.md). They read the same settings as the web app (its
 * application.properties, environment and {@code --name=value} arguments), so they reach the
 * database the server uses.
 */
public final class ServerData {

    private static final Set<String> COMMANDS = Set.of("accounts", "backup", "restore");

    static final String USAGE = """
            Usage (server data; settings such as --spring.datasource.url=... as for the web app):
              java -jar chipchain.jar accounts add [--admin] NAME   add a teacher; the password is asked for,
                                                                     or read from the first line of standard input
              java -jar chipchain.jar accounts list
              java -jar chipchain.jar backup FILE.zip     an online copy of the H2 database (PostgreSQL: pg_dump)
              java -jar chipchain.jar restore FILE.zip    put a backup back, into a folder with no database yet
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    private ServerData(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs one command. {@code start} starts the database side of the app (no web server) with the
     * given settings; it is called at most once.
     */
    public static int run(String[] args, Function<String[], ConfigurableApplicationContext> start, InputStream in,
                          PrintStream out, PrintStream err) {
        return new ServerData(in, out, err).run(Arrays.asList(args), start);
    }

    private int run(List<String> args, Function<String[], ConfigurableApplicationContext> start) {
        List<String> words = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        boolean admin = false;
        for (String arg : args) {
            if (arg.equals("--admin")) {
                admin = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                settings.add(arg);
            } else if (arg.startsWith("-")) {
                return usage("unknown option " + arg);
            } else {
                words.add(arg);
            }
        }
        String command = words.get(0);
        List<String> rest = words.subList(1, words.size());
        if (admin && !(command.equals("accounts") && !rest.isEmpty() && rest.get(0).equals("add"))) {
            return usage("--admin belongs to accounts add");
        }
        try {
            return switch (command) {
                case "accounts" -> accounts(rest, admin, settings, start);
                case "backup" -> rest.size() != 1 ? usage("backup needs one FILE") : backup(Path.of(rest.get(0)), settings, start);
                case "restore" -> rest.size() != 1 ? usage("restore needs one FILE") : restore(Path.of(rest.get(0)), settings, start);
                default -> usage("unknown command " + command);
            };
        } catch (PlayException e) {
            err.println("error: " + e.getMessage());
            return Cli.INVALID_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return Cli.INVALID_INPUT;
        } catch (org.springframework.beans.BeansException | org.springframework.dao.DataAccessException e) {
            // the database could not be opened: say why in one line, not with Spring's stack trace
            String root = rootMessage(e);
            if (root != null && (root.contains("file is locked") || root.contains("already in use"))) {
                err.println("error: the database is in use by the running server (H2 lets one process open it)."
                        + " Stop the server first, or add the teacher on the Accounts page (docs/deploy.md, \"Accounts\").");
            } else {
                err.println("error: the database cannot be opened: " + root);
            }
            return Cli.INVALID_INPUT;
        }
    }

    private int accounts(List<String> rest, boolean admin, List<String> settings,
                         Function<String[], ConfigurableApplicationContext> start) throws IOException {
        if (rest.size() == 1 && rest.get(0).equals("list")) {
            try (ConfigurableApplicationContext app = start.apply(settings.toArray(String[]::new))) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                jdbc.sql("SELECT username, admin, enabled FROM teacher_account ORDER BY username").query((rs, n) -> {
                    out.println(rs.getString(1) + (rs.getBoolean(2) ? "  administrator" : "  teacher")
                            + (rs.getBoolean(3) ? "" : "  (disabled)"));
                    return null;
                }).list();
            }
            return Cli.OK;
        }
        if (rest.size() != 2 || !rest.get(0).equals("add")) {
            return usage("accounts add [--admin] NAME, or accounts list");
        }
        String password = readPassword(rest.get(1));
        if (password == null) {
            return Cli.INVALID_INPUT;
        }
        try (ConfigurableApplicationContext app = start.apply(settings.toArray(String[]::new))) {
            Account account = app.getBean(Accounts.class).createOnServer(rest.get(1), password, admin);
            out.println("Added " + (account.admin() ? "administrator " : "teacher ") + account.username() + ".");
        }
        return Cli.OK;
    }

    /** Asks twice on a terminal; otherwise the first line of standard input (for scripts). */
    private String readPassword(String name) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("Password again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                err.println("error: the two passwords differ; nothing was added");
                return null;
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            err.println("error: no password on standard input; nothing was added");
            return null;
        }
        return line;
    }

    private int backup(Path file, List<String> settings, Function<String[], ConfigurableApplicationContext> start) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            err.println("error: " + target + " exists already; choose a new file name (a backup never overwrites one)");
            return Cli.INVALID_INPUT;
        }
        PropertyResolver config = settingsOf(settings, start);
        String url = config.getProperty("spring.datasource.url", "");
        if (!H2Database.isH2(url)) {
            err.println("error: the database is not H2 (" + url.replaceAll("//[^/@]*@", "//") + "). For PostgreSQL use pg_dump:\n"
                    + "  pg_dump --format=custom --file=chipchain.dump chipchain   (docs/deploy.md, \"Backups\")");
            return Cli.BAD_USAGE;
        }
        H2Database database = H2Database.of(url);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path keyFile = Path.of(config.getProperty("chipchain.backup.key-file", "./data/backup.key"));
        int port = config.getProperty("server.port", Integer.class, 8080);
        RunningServer.Answer answer = RunningServer.backup(port, keyFile, target);
        switch (answer.kind()) {
            case COPIED -> {
                out.println("Backed up the running server's " + database.dataFile() + " to " + target + " (" + Files.size(target) + " bytes).");
                return Cli.OK;
            }
            case REFUSED -> {
                err.println("error: the server on port " + port + " refused the backup: " + answer.message());
                return Cli.INVALID_INPUT;
            }
            case NO_SERVER -> { } // nobody serves the database: open it here
        }
        if (!Files.exists(database.dataFile())) {
            err.println("error: there is no database at " + database.dataFile() + "; run this in the server's folder, or give the"
                    + " server's --spring.datasource.url");
            return Cli.INVALID_INPUT;
        }
        // the database must not be migrated by a backup
        List<String> noMigration = new ArrayList<>(settings);
        noMigration.add("--spring.flyway.enabled=false");
        try (ConfigurableApplicationContext app = start.apply(noMigration.toArray(String[]::new))) {
            app.getBean(JdbcClient.class).sql("BACKUP TO '" + target.toString().replace("'", "''") + "'").update();
            out.println("Backed up " + database.dataFile() + " to " + target + " (" + Files.size(target) + " bytes).");
        } catch (org.springframework.dao.DataAccessException e) {
            err.println("error: " + rootMessage(e) + "\n  The database is in use, but no server answered on port " + port
                    + ". Give the server's port (--server.port=...), and run this in the server's folder as its user"
                    + " so that the key file " + keyFile + " can be read (docs/deploy.md, \"Backups\").");
            return Cli.INVALID_INPUT;
        }
        return Cli.OK;
    }

    /** The settings the server would read (application.properties, environment, arguments), without opening the database. */
    private static PropertyResolver settingsOf(List<String> settings, Function<String[], ConfigurableApplicationContext> start) {
        List<String> none = new ArrayList<>(settings);
        none.add("--" + ServerDataApp.SETTINGS_ONLY + "=true");
        try (ConfigurableApplicationContext app = start.apply(none.toArray(String[]::new))) {
            return copy(app.getEnvironment());
        }
    }

    private static PropertyResolver copy(org.springframework.core.env.ConfigurableEnvironment environment) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        for (String name : List.of("spring.datasource.url", "chipchain.backup.key-file", "server.port")) {
            String value = environment.getProperty(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        org.springframework.core.env.MutablePropertySources sources = new org.springframework.core.env.MutablePropertySources();
        sources.addFirst(new org.springframework.core.env.MapPropertySource("server-settings", values));
        return new org.springframework.core.env.PropertySourcesPropertyResolver(sources);
    }

    private int restore(Path file, List<String> settings, Function<String[], ConfigurableApplicationContext> start) throws IOException {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            err.println("error: there is no backup file " + source);
            return Cli.INVALID_INPUT;
        }
        String url = settingsOf(settings, start).getProperty("spring.datasource.url", "");
        if (!H2Database.isH2(url)) {
            err.println("error: the database is not H2. For PostgreSQL use pg_restore (docs/deploy.md, \"Backups\").");
            return Cli.BAD_USAGE;
        }
        H2Database h2 = H2Database.of(url);
        try (ZipFile zip = new ZipFile(source.toFile())) {
            if (zip.getEntry(h2.name() + ".mv.db") == null) {
                err.println("error: " + source + " holds no " + h2.name() + ".mv.db: it is not a backup of this database");
                return Cli.INVALID_INPUT;
            }
        } catch (java.util.zip.ZipException e) {
            err.println("error: " + source + " is not a backup made by `backup` (not a zip file)");
            return Cli.INVALID_INPUT;
        }
        if (Files.exists(h2.dataFile())) {
            err.println("error: a database is already at " + h2.dataFile() + ". Stop the server and move that folder away,"
                    + " then restore into the empty place (a restore never overwrites a database).");
            return Cli.INVALID_INPUT;
        }
        Files.createDirectories(h2.directory());
        Restore.execute(source.toString(), h2.directory().toString(), h2.name());
        out.println("Restored " + source + " to " + h2.dataFile() + ". Start the server; a newer jar migrates the data at start.");
        return Cli.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.print(USAGE);
        return Cli.BAD_USAGE;
    }
}
