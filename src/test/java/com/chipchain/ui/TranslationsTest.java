package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Everything a player reads exists in English and Korean. */
class TranslationsTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void english_and_korean_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties english = bundle("translations_en");
        Properties korean = bundle("translations_ko");
        Properties fallback = bundle("translations");
        assertThat(korean.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(fallback.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, text) -> assertThat((String) text).as("en " + key).isNotBlank());
        korean.forEach((key, text) -> assertThat((String) text).as("ko " + key).isNotBlank());
    }

    @Test
    void every_korean_text_with_words_is_written_in_hangul() throws IOException {
        Properties korean = bundle("translations_ko");
        korean.forEach((key, value) -> {
            String text = ((String) value).replaceAll("\\{\\d}", "");
            boolean hasWords = text.codePoints().anyMatch(Character::isLetter);
            boolean hangul = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
            if (hasWords && !key.equals("app.switch-language")) {
                assertThat(hangul).as("ko " + key + " = " + text).isTrue();
            }
        });
    }

    @Test
    void every_rule_a_decision_can_break_is_explained_in_both_languages() throws IOException {
        String rules = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/com/chipchain/engine/DecisionRules.java"));
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("(?:Violation|quantityInRange)\\(\"([a-z_]+)\"").matcher(rules);
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (names.find()) {
            found.add(names.group(1));
        }
        assertThat(found).hasSizeGreaterThan(20);
        Properties english = bundle("translations_en");
        Properties korean = bundle("translations_ko");
        for (String rule : found) {
            assertThat(english).as("en rule." + rule).containsKey("rule." + rule);
            assertThat(korean).as("ko rule." + rule).containsKey("rule." + rule);
        }
        for (com.chipchain.play.PlayException.Reason reason : com.chipchain.play.PlayException.Reason.values()) {
            String key = "refusal." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertThat(korean).as(key).containsKey(key);
        }
    }

    @Test
    void every_named_refusal_of_the_play_layer_is_written_in_both_languages() throws IOException {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/com/chipchain/play"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = java.nio.file.Files.readString(file);
                // every quoted name inside a keyed(...) call, the choices of a ?: included
                for (int at = code.indexOf("keyed("); at >= 0; at = code.indexOf("keyed(", at + 1)) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([a-z-]+)\"")
                            .matcher(code.substring(at, code.indexOf(';', at)));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
                // a status check names its refusal last: requireStatus(session, wanted, "English", "key")
                java.util.regex.Matcher status = java.util.regex.Pattern.compile("requireStatus\\([^;]*\"([a-z-]+)\"\\);").matcher(code);
                while (status.find()) {
                    keys.add(status.group(1));
                }
            }
        }
        assertThat(keys).contains("paused", "stale", "name-taken", "wrong-pin", "no-game", "solo-cap",
                "already-started", "shock-tariff", "message-length");
        Properties english = bundle("translations_en");
        Properties korean = bundle("translations_ko");
        for (String key : keys) {
            assertThat(english).as("en refusal." + key).containsKey("refusal." + key);
            assertThat(korean).as("ko refusal." + key).containsKey("refusal." + key);
        }
    }

    @Test
    void every_text_renders_in_both_languages_with_its_arguments_and_its_apostrophes() throws IOException {
        Properties english = bundle("translations_en");
        Properties korean = bundle("translations_ko");
        Translations translations = new Translations();
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{(\\d+)}");
        for (String key : english.stringPropertyNames()) {
            java.util.Set<String> inEnglish = placeholders(placeholder, english.getProperty(key));
            assertThat(placeholders(placeholder, korean.getProperty(key))).as("the arguments of " + key + " in ko and en")
                    .isEqualTo(inEnglish);
            Object[] samples = new Object[inEnglish.stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = "<arg" + i + ">";
            }
            for (java.util.Locale locale : translations.getProvidedLocales()) {
                String source = (locale.getLanguage().equals("ko") ? korean : english).getProperty(key);
                String shown = translations.getTranslation(key, locale, samples);
                String as = locale.getLanguage() + " " + key + " = " + shown;
                assertThat(shown).as(as).doesNotContainPattern("\\{\\d").doesNotStartWith("!");
                for (String used : inEnglish) {
                    assertThat(shown).as(as).contains("<arg" + used + ">");
                }
                assertThat(shown.chars().filter(c -> c == '\'').count()).as("apostrophes of " + as)
                        .isEqualTo(source.chars().filter(c -> c == '\'').count());
            }
        }
        assertThat(translations.getTranslation("outcome.chain", java.util.Locale.ENGLISH, "1.00", "2.00"))
                .isEqualTo("Your chain scored 1.00; the bots' chain 2.00");
        assertThat(translations.getTranslation("no.such.key", java.util.Locale.KOREAN)).isEqualTo("!no.such.key");
    }

    private static java.util.Set<String> placeholders(java.util.regex.Pattern placeholder, String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = placeholder.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void every_number_of_a_bots_rule_the_studio_can_report_has_words_in_both_languages() throws Exception {
        Properties english = bundle("translations_en");
        Properties korean = bundle("translations_ko");
        for (String id : java.util.List.of("made-in-america-2025", "tariff-escalation", "demand-bust", "export-controls-2025",
                "taiwan-strait-disruption", "classic-beer-game")) {
            com.chipchain.engine.Scenario scenario = com.chipchain.scenario.ScenarioFiles.byId(id);
            for (int role = 0; role < scenario.roles().size(); role++) {
                for (var dimension : com.chipchain.bots.RuleFamily.dimensions(scenario, role)) {
                    assertThat(english).as("en studio.rule." + dimension.key()).containsKey("studio.rule." + dimension.key());
                    assertThat(korean).as("ko studio.rule." + dimension.key()).containsKey("studio.rule." + dimension.key());
                }
            }
        }
    }
}
