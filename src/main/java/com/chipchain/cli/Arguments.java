package com.chipchain.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options of the form {@code --name value} (repeatable) and {@code --flag}, plus plain words. */
final class Arguments {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> words = new ArrayList<>();

    Arguments(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (flags.contains(name)) {
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(args.get(++i));
                } else {
                    List<String> known = new ArrayList<>();
                    valued.forEach(v -> known.add("--" + v));
                    flags.forEach(f -> known.add("--" + f));
                    throw new UsageException("unknown option " + arg + "; known: " + String.join(", ", known.stream().sorted().toList()));
                }
            } else {
                words.add(arg);
            }
        }
    }

    List<String> words() {
        return words;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    String one(String name, String fallback) throws UsageException {
        List<String> values = all(name);
        if (values.size() > 1) {
            throw new UsageException("--" + name + " may be given only once");
        }
        return values.isEmpty() ? fallback : values.get(0);
    }

    String required(String name) throws UsageException {
        String value = one(name, null);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    long number(String name, long fallback) throws UsageException {
        String value = one(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** A seed range written first..last, given for the option {@code --option}. */
    long[] seedRange(String option, String range) throws UsageException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})\\.\\.(\\d{1,12})").matcher(range);
        if (!m.matches() || Long.parseLong(m.group(1)) > Long.parseLong(m.group(2))) {
            throw new UsageException("--" + option + " must look like 1..1000 (first..last), not '" + range + "'");
        }
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        if (last - first >= 10_000_000) {
            throw new UsageException("--" + option + ": at most 10,000,000 seeds");
        }
        return new long[] {first, last};
    }

    /** {@code --threads}, by default one per processor. */
    int threads() throws UsageException {
        long threads = number("threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1 || threads > 256) {
            throw new UsageException("--threads must be from 1 to 256");
        }
        return (int) threads;
    }
}
