package org.normscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The walls between packages: a pure core, data flowing one way, and no cycles. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.normscope");
    }

    @Test
    void modelAndWorld_importNoFrameworkJdbcOrLucene() {
        noClasses().that().resideInAnyPackage("org.normscope.model..", "org.normscope.world..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.javalin..", "org.apache.lucene..",
                        "picocli..", "org.flywaydb..", "org.sqlite..", "org.postgresql..", "com.fasterxml..", "org.snakeyaml..",
                        "org.eclipse.jetty..", "gg.jte..", "java.io..", "java.nio.file..")
                .check(classes);
    }

    @Test
    void model_dependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.normscope.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.normscope.world..", "org.normscope.ledger..",
                        "org.normscope.bundle..", "org.normscope.app..", "org.normscope.cli..", "org.normscope.web..")
                .check(classes);
    }

    @Test
    void theCore_doesNotKnowItsEdges() {
        noClasses().that().resideInAnyPackage("org.normscope.model..", "org.normscope.world..", "org.normscope.bundle..",
                        "org.normscope.ledger..", "org.normscope.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.normscope.cli..", "org.normscope.web..")
                .check(classes);
    }

    @Test
    void viewsNeverWrite_theWebDoesNotTouchTheLedgerOrBundles() {
        noClasses().that().resideInAPackage("org.normscope.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.normscope.ledger..", "org.normscope.bundle..")
                .check(classes);
    }

    @Test
    void search_readsTheWorld_andKnowsNothingOfStorageOrViews() {
        noClasses().that().resideInAPackage("org.normscope.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.normscope.ledger..", "org.normscope.bundle..",
                        "org.normscope.app..", "org.normscope.cli..", "org.normscope.web..", "java.sql..")
                .check(classes);
    }

    @Test
    void packages_areFreeOfCycles() {
        slices().matching("org.normscope.(*)..").should().beFreeOfCycles().check(classes);
    }
}
