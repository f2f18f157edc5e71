package dev.cookielab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/architecture.md: tools import web and cookie; web imports cookie; cookie imports neither; no one imports a tool. */
class ArchitectureTest {

    /** Each tool's package: its servlet, page models, JSON and views. */
    private static final List<String> TOOLS = List.of("lab", "crosssite", "explain", "decode", "traffic");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.cookielab");

    @Test
    void noToolIsImportedByAnotherPackage() {
        for (String tool : TOOLS) {
            noClasses().that().resideOutsideOfPackage("dev.cookielab." + tool)
                    .should().dependOnClassesThat().resideInAPackage("dev.cookielab." + tool)
                    .because("a tool is imported by no other package").check(MAIN);
        }
    }

    @Test
    void theRulesKnowNothingOfServletsOrPages() {
        noClasses().that().resideInAPackage("dev.cookielab.cookie..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cookielab.web", "jakarta.servlet..")
                .check(MAIN);
    }

    @Test
    void everyClassLivesInAKnownPackage() {
        noClasses().should().resideOutsideOfPackages("dev.cookielab.cookie", "dev.cookielab.cookie.decode",
                "dev.cookielab.web", "dev.cookielab.lab", "dev.cookielab.crosssite", "dev.cookielab.explain",
                "dev.cookielab.decode", "dev.cookielab.traffic").check(MAIN);
    }
}
