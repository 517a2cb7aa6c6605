package com.chipchain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.chipchain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engine_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("com.chipchain.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.chipchain.engine..", "java..")
            .because("the rules engine is pure Java: no Spring, Vaadin, SQL or I/O");

    @ArchTest
    static final ArchRule engine_does_no_io = noClasses()
            .that().resideInAPackage("com.chipchain.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
            .orShould().callMethod(Math.class, "random")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("resolving a turn is deterministic: no clock, no unseeded chance, no I/O");

    @ArchTest
    static final ArchRule ui_talks_only_to_play = noClasses()
            .that().resideInAPackage("com.chipchain.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.chipchain.scenario..", "com.chipchain.bots..", "com.chipchain.cli..",
                    "org.springframework.jdbc..", "java.sql..")
            .because("screens go through the play layer, the only door to the engine and the database");

    @ArchTest
    static final ArchRule bots_see_the_game_only_through_the_engine_api = noClasses()
            .that().resideInAPackage("com.chipchain.bots..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.chipchain.play..", "com.chipchain.ui..", "com.chipchain.scenario..", "org.springframework..");

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles = slices()
            .matching("com.chipchain.(*)..")
            .should().beFreeOfCycles();
}
