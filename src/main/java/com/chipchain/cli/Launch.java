package com.chipchain.cli;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the jar's arguments ask for, decided before anything starts: the web app ({@code serve},
 * also with no arguments or only server settings such as {@code --server.port=8090}), a command of
 * the command line, the version, or nothing known (usage, exit code 2). A mistyped command never
 * opens a port.
 *
 * @param serverArgs for {@link Kind#SERVE}: the settings passed on to the web app
 */
public record Launch(Kind kind, List<String> serverArgs) {

    public enum Kind { SERVE, COMMAND, SERVER_DATA, VERSION, UNKNOWN }

    /** A setting of the web app as Spring reads it from the command line: --name=value. */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][A-Za-z0-9._\\[\\]-]*=.*", Pattern.DOTALL);

    public static Launch of(String[] args) {
        List<String> all = Arrays.asList(args);
        if (all.isEmpty()) {
            return new Launch(Kind.SERVE, List.of());
        }
        String first = all.get(0);
        if (first.equals("--version") || first.equals("version")) {
            return new Launch(all.size() == 1 ? Kind.VERSION : Kind.UNKNOWN, List.of());
        }
        if (Cli.handles(args)) {
            return new Launch(Kind.COMMAND, List.of());
        }
        if (ServerData.handles(args)) {
            return new Launch(Kind.SERVER_DATA, List.of());
        }
        List<String> settings = first.equals("serve") ? all.subList(1, all.size()) : all;
        boolean allSettings = settings.stream().allMatch(a -> SETTING.matcher(a).matches());
        return allSettings ? new Launch(Kind.SERVE, List.copyOf(settings)) : new Launch(Kind.UNKNOWN, List.of());
    }

    /** The version the jar was built as, from its manifest; classes outside a jar say so. */
    public static String version() {
        String version = Launch.class.getPackage().getImplementationVersion();
        return "chipchain " + (version == null ? "(development build, not a packaged jar)" : version);
    }

    /** What an unknown command or setting prints before the usage. */
    public static String refusal(String[] args) {
        String wrong = Arrays.stream(args).filter(a -> !a.equals("serve") && !SETTING.matcher(a).matches()).findFirst()
                .orElse(args.length == 0 ? "" : args[0]);
        return "Unknown command or option: " + wrong + " (a setting of the web app is written --name=value)";
    }
}
