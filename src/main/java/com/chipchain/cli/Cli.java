package com.chipchain.cli;

import com.chipchain.bots.BenchmarkChain;
import com.chipchain.bots.BotGame;
import com.chipchain.bots.Policies;
import com.chipchain.bots.SeatPolicy;
import com.chipchain.engine.GameLog;
import com.chipchain.engine.Replay;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.TurnResult;
import com.chipchain.scenario.GameLogFormat;
import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioFiles;
import com.chipchain.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The headless command line, in the same jar as the web app: validate scenario files, simulate
 * bots-only games, replay game logs, and benchmark the engine. See docs/cli.md.
 */
public final class Cli {

    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int BAD_USAGE = 2;

    private static final Set<String> COMMANDS = Set.of("validate", "simulate", "replay", "benchmark", "balance", "tune", "help");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static final String USAGE = """
            Usage:
              java -jar chipchain.jar [serve] [--name=value ...]   start the web app (http://localhost:8080);
                                                 settings as --server.port=8090 (docs/deploy.md)
              java -jar chipchain.jar --version           print the version
              java -jar chipchain.jar validate FILE...    check scenario files
              java -jar chipchain.jar simulate --scenario FILE|ID --seed N [--policy NAME] [--policy ROLE=NAME ...]
                                               [--format json|csv] [--out FILE] [--log FILE] [--shared-demand]
              java -jar chipchain.jar simulate --scenario FILE|ID --seeds A..B --summary [--policy ... | --compare P1;P2;...]
                                               [--format text|json] [--threads N] [--out FILE]
              java -jar chipchain.jar replay --log FILE [--scenario FILE] [--format json|csv] [--out FILE]
              java -jar chipchain.jar benchmark [--games N] [--turns N]
              java -jar chipchain.jar balance --scenario FILE|ID --seeds A..B [--threads N] [--out FILE]
              java -jar chipchain.jar balance --scenario FILE|ID --search N [--train A..B] [--held-out A..B]
                                               [--search-seed N] [--threads N] [--out FILE]
              java -jar chipchain.jar tune --scenario FILE|ID [--cooperative] [--budget N] [--rounds N]
                                               [--train A..B] [--held-out A..B] [--search-seed N] [--threads N] [--out FILE]
            Policies: %s  (parameters: NAME:key=value,...; see docs/bots.md)
            """;

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** True when the arguments ask for a CLI command rather than the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || HELP.contains(args[0]));
    }

    /** Asking for help prints the usage; it never starts the web app. */
    private static final Set<String> HELP = Set.of("--help", "-h", "-help", "--usage");

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli(out, err).run(Arrays.asList(args));
    }

    int run(List<String> args) {
        try {
            List<String> rest = args.subList(1, args.size());
            return switch (args.get(0)) {
                case "validate" -> validate(rest);
                case "simulate" -> simulate(rest);
                case "replay" -> replay(rest);
                case "balance" -> balance(rest);
                case "tune" -> emit(new Arguments(rest, SearchCommands.TUNE_OPTIONS, Set.of("cooperative")),
                        SearchCommands.tune(new Arguments(rest, SearchCommands.TUNE_OPTIONS, Set.of("cooperative")), err));
                case "benchmark" -> Benchmark.run(new Arguments(rest, Set.of("games", "turns"), Set.of()), out);
                default -> {
                    out.print(usage());
                    yield OK;
                }
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            return BAD_USAGE;
        } catch (InvalidScenarioException e) {
            err.println(e.getMessage());
            return INVALID_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return INVALID_INPUT;
        }
    }

    public static String usage() {
        return USAGE.formatted(String.join(", ", Policies.names())) + ServerData.USAGE;
    }

    private int validate(List<String> args) throws UsageException {
        Arguments arguments = new Arguments(args, Set.of(), Set.of());
        if (arguments.words().isEmpty()) {
            throw new UsageException("validate needs at least one scenario file");
        }
        int failed = 0;
        for (String file : arguments.words()) {
            try {
                Scenario scenario = ScenarioLoader.load(Path.of(file));
                out.println(file + ": valid (" + scenario.id() + " version " + scenario.version() + ", "
                        + scenario.roles().size() + " roles, " + scenario.turnCount() + " turns)");
            } catch (InvalidScenarioException e) {
                failed++;
                err.println(e.getMessage());
            }
        }
        return failed == 0 ? OK : INVALID_INPUT;
    }

    private int simulate(List<String> args) throws UsageException, InvalidScenarioException, IOException {
        Arguments arguments = new Arguments(args, Set.of("scenario", "seed", "seeds", "policy", "compare", "format",
                "out", "log", "threads"), Set.of("shared-demand", "summary"));
        Scenario scenario = ScenarioFiles.fileOrId(arguments.required("scenario"));
        if (arguments.flag("summary") || arguments.one("seeds", null) != null) {
            return summary(arguments, scenario);
        }
        long seed = arguments.number("seed", 1);
        String format = format(arguments);
        List<SeatPolicy> policies = policies(scenario, arguments.all("policy"));
        BotGame.Played played = BotGame.play(scenario, seed, policies, arguments.flag("shared-demand"));
        String logFile = arguments.one("log", null);
        if (logFile != null) {
            writeFile(Path.of(logFile), JSON.writeValueAsString(GameLogFormat.toJson(scenario, played.log())) + "\n");
        }
        ObjectNode benchmark = benchmark(scenario, seed, played);
        return print(arguments, format, scenario, played.log(), played.turns(), benchmark);
    }

    /** The reference bots on the same scenario and seed, and how much better this game scored. */
    private static ObjectNode benchmark(Scenario scenario, long seed, BotGame.Played played) {
        return benchmark(scenario, seed, com.chipchain.engine.Scores.of(played.finalState()), turn -> List.of());
    }

    private static ObjectNode benchmark(Scenario scenario, long seed, com.chipchain.engine.Scores game,
                                        java.util.function.IntFunction<List<com.chipchain.engine.GameEvent>> injected) {
        com.chipchain.engine.Scores bots = BenchmarkChain.play(scenario, seed, injected);
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("policy", BenchmarkChain.REFERENCE_POLICY);
        json.put("chain", GameReport.money(bots.chain()));
        putPercent(json, "chainVsBotsPercent", BenchmarkChain.percentBetter(game.chain(), bots.chain()));
        ObjectNode teams = json.putObject("teams");
        ObjectNode versus = json.putObject("teamsVsBotsPercent");
        for (int r = 0; r < scenario.roles().size(); r++) {
            teams.put(scenario.role(r).id(), GameReport.money(bots.teamProfits()[r]));
            putPercent(versus, scenario.role(r).id(), BenchmarkChain.percentBetter(game.teamProfits()[r], bots.teamProfits()[r]));
        }
        return json;
    }

    private static void putPercent(ObjectNode json, String field, Double percent) {
        if (percent == null) {
            json.putNull(field);
        } else {
            json.put(field, java.math.BigDecimal.valueOf(percent).setScale(1, java.math.RoundingMode.HALF_UP));
        }
    }

    /** balance: the exploit search, one-lever deviations per seat against the benchmark chain (docs/balance.md). */
    private int balance(List<String> args) throws UsageException, InvalidScenarioException, IOException {
        Arguments arguments = new Arguments(args, SearchCommands.BALANCE_OPTIONS, Set.of());
        if (!arguments.all("search").isEmpty()) {
            return emit(arguments, SearchCommands.hunt(arguments, err));
        }
        Scenario scenario = ScenarioFiles.fileOrId(arguments.required("scenario"));
        long[] seeds = arguments.seedRange("seeds", arguments.required("seeds"));
        int threads = arguments.threads();
        ExploitSearch search = new ExploitSearch(scenario, seeds[0], seeds[1], threads, err);
        long start = System.nanoTime();
        ExploitSearch.SeedResult[] results;
        try {
            results = search.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return emit(arguments, search.table(results, (System.nanoTime() - start) / 1e9));
    }

    /** --seeds A..B --summary: many games per policy mix, summarised (docs/cli.md). */
    private int summary(Arguments arguments, Scenario scenario) throws UsageException, IOException {
        long[] seeds = arguments.seedRange("seeds", arguments.required("seeds"));
        if (!arguments.flag("summary")) {
            throw new UsageException("--seeds plays many games: add --summary to get their summary");
        }
        long first = seeds[0];
        long last = seeds[1];
        int threads = arguments.threads();
        List<MonteCarlo.Mix> mixes = mixes(scenario, arguments);
        MonteCarlo carlo = new MonteCarlo(scenario, first, last, threads, err);
        long start = System.nanoTime();
        MonteCarlo.Outcome[][] outcomes;
        try {
            outcomes = carlo.run(mixes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ObjectNode summary = carlo.summary(mixes, outcomes, (System.nanoTime() - start) / 1e9);
        String format = arguments.one("format", "text");
        String text = switch (format) {
            case "json" -> JSON.writeValueAsString(summary) + "\n";
            case "text" -> MonteCarlo.table(summary, scenario);
            default -> throw new UsageException("--format with --summary must be text or json, not '" + format + "'");
        };
        return emit(arguments, text);
    }

    /**
     * --compare A;B;C gives one mix per item (an item is a policy for every seat, or several joined
     * by '+', e.g. offshore-first+assembler=reshorer); otherwise the --policy flags make one mix.
     */
    private static List<MonteCarlo.Mix> mixes(Scenario scenario, Arguments arguments) throws UsageException {
        List<MonteCarlo.Mix> mixes = new ArrayList<>();
        String compare = arguments.one("compare", null);
        if (compare != null) {
            for (String item : compare.split(";")) {
                if (!item.isBlank()) {
                    // an item is one policy for every seat, or several joined by '+': base+ROLE=NAME+...
                    mixes.add(mix(scenario, java.util.Arrays.stream(item.split("\\+")).map(String::trim).toList(), item.trim()));
                }
            }
            if (mixes.isEmpty()) {
                throw new UsageException("--compare names no policy mix; write e.g. --compare \"base-stock;sterman\"");
            }
        } else {
            List<String> specs = arguments.all("policy");
            mixes.add(mix(scenario, specs, specs.isEmpty() ? "naive" : String.join(" ", specs)));
        }
        return mixes;
    }

    private static MonteCarlo.Mix mix(Scenario scenario, List<String> specs, String label) throws UsageException {
        List<SeatPolicy> policies = policies(scenario, specs);
        List<String> perRole = new ArrayList<>();
        for (SeatPolicy policy : policies) {
            perRole.add(policy.name());
        }
        return new MonteCarlo.Mix(label, perRole);
    }

    private int replay(List<String> args) throws UsageException, InvalidScenarioException, IOException {
        Arguments arguments = new Arguments(args, Set.of("log", "scenario", "format", "out"), Set.of());
        String logFile = arguments.required("log");
        String format = format(arguments);
        JsonNode json;
        try {
            Path log = Path.of(logFile);
            if (!Files.isRegularFile(log) || Files.size(log) > 50_000_000) {
                throw new IOException("not a regular file of at most 50 MB");
            }
            json = JSON.readTree(log.toFile());
        } catch (IOException e) {
            throw new InvalidScenarioException(List.of(new com.chipchain.scenario.ScenarioProblem(logFile, "",
                    "cannot be read as JSON: " + e.getMessage())));
        }
        String[] ref = GameLogFormat.scenarioOf(json, logFile);
        String given = arguments.one("scenario", null);
        if (given == null && !ref[0].matches("[a-z0-9][a-z0-9-]{0,63}")) {
            err.println(logFile + ": the log names the scenario '" + ref[0] + "', which is not a scenario id;"
                    + " pass the scenario file with --scenario");
            return INVALID_INPUT;
        }
        String scenarioFile = given != null ? given : "scenarios/" + ref[0] + ".yaml (or the one shipped in the jar)";
        Scenario scenario = given != null ? ScenarioLoader.load(Path.of(given)) : ScenarioFiles.byId(ref[0]);
        if (!scenario.id().equals(ref[0]) || !String.valueOf(scenario.version()).equals(ref[1])) {
            err.println(logFile + ": the log was played on " + ref[0] + " version " + ref[1] + " but " + scenarioFile
                    + " is " + scenario.id() + " version " + scenario.version() + "; pass the right file with --scenario");
            return INVALID_INPUT;
        }
        String revision = GameLogFormat.revisionOf(json);
        if (revision != null && !revision.equals(ScenarioFiles.revisionOf(ScenarioFiles.textOf(given != null ? given : ref[0])))) {
            err.println(logFile + ": the log was played on revision " + revision.substring(0, Math.min(12, revision.length()))
                    + " of " + ref[0] + ", and " + scenarioFile + " is another text of it; pass the scenario file downloaded"
                    + " with the log from the session's debrief with --scenario");
            return INVALID_INPUT;
        }
        GameLog log = GameLogFormat.fromJson(scenario, json, logFile);
        List<TurnResult> results;
        try {
            results = Replay.play(scenario, log);
        } catch (RuntimeException e) {
            err.println(logFile + ": cannot be replayed: " + e.getMessage());
            return INVALID_INPUT;
        }
        com.chipchain.engine.Scores game = com.chipchain.engine.Scores.of(results.get(results.size() - 1).next());
        java.util.Map<Integer, List<com.chipchain.engine.GameEvent>> injected = new java.util.HashMap<>();
        log.turns().forEach(t -> injected.put(t.turn(), t.injected()));
        ObjectNode benchmark = benchmark(scenario, log.seed(), game, turn -> injected.getOrDefault(turn, List.of()));
        return print(arguments, format, scenario, log, results, benchmark);
    }

    private int print(Arguments arguments, String format, Scenario scenario, GameLog log, List<TurnResult> results,
                      ObjectNode benchmark) throws UsageException, IOException {
        String text;
        if (format.equals("csv")) {
            text = GameReport.csv(scenario, results);
        } else {
            ObjectNode json = GameReport.json(scenario, log, results);
            ((ObjectNode) json.get("scores")).set("benchmark", benchmark);
            text = JSON.writeValueAsString(json) + "\n";
        }
        return emit(arguments, text);
    }

    /** Prints the text, or writes it to the --out file. */
    int emit(Arguments arguments, String text) throws UsageException, IOException {
        String outFile = arguments.one("out", null);
        if (outFile == null) {
            out.print(text);
        } else {
            writeFile(Path.of(outFile), text);
        }
        return OK;
    }

    private static void writeFile(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text);
    }

    private static String format(Arguments arguments) throws UsageException {
        String format = arguments.one("format", "json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw new UsageException("--format must be json or csv, not '" + format + "'");
        }
        return format;
    }

    /**
     * One policy per role: a plain NAME (or NAME:key=value,...) sets every seat, ROLE=NAME one
     * seat; the default is naive.
     */
    static List<SeatPolicy> policies(Scenario scenario, List<String> specs) throws UsageException {
        String everyone = "naive";
        String[] perRole = new String[scenario.roles().size()];
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            int colon = spec.indexOf(':');
            if (eq < 0 || (colon >= 0 && colon < eq)) {
                everyone = spec;
                continue;
            }
            String role = spec.substring(0, eq);
            int index = scenario.roleIndex(role);
            if (index < 0) {
                throw new UsageException("--policy " + spec + ": unknown role '" + role + "'; roles: "
                        + String.join(", ", scenario.roles().stream().map(r -> r.id()).toList()));
            }
            perRole[index] = spec.substring(eq + 1);
        }
        List<SeatPolicy> policies = new ArrayList<>();
        for (int r = 0; r < perRole.length; r++) {
            String name = perRole[r] == null ? everyone : perRole[r];
            try {
                policies.add(Policies.byName(name, scenario));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--policy: " + e.getMessage());
            }
        }
        return policies;
    }
}
