package com.propcare.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The published language is what integrators compile against: plain Java records and enums, Jackson's annotations
 * and Axon's {@code @Revision}, nothing else of ours or of a framework's runtime.
 */
@AnalyzeClasses(packages = "com.propcare.events", importOptions = ImportOption.DoNotIncludeTests.class)
class PublishedLanguageBoundaryTest {

    @ArchTest
    static final ArchRule depends_only_on_the_jdk_jackson_annotations_and_revision = classes()
            .that().resideInAPackage("com.propcare.events..")
            .should().onlyDependOnClassesThat(
                    resideInAnyPackage("com.propcare.events..", "java..", "com.fasterxml.jackson.annotation..")
                            .or(name("org.axonframework.serialization.Revision")))
            .because("shared-events may carry @Revision but no handler, persistence or Spring code");

    @ArchTest
    static final ArchRule events_are_records_or_enums_or_interfaces = classes()
            .that().resideInAPackage("com.propcare.events..")
            .should().beRecords().orShould().beEnums().orShould().beInterfaces()
            .because("facts are immutable values without behaviour");
}
