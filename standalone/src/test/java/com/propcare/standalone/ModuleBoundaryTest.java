package com.propcare.standalone;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries between the modules and inside each side, checked on the compiled main code of all of them. */
@AnalyzeClasses(packages = "com.propcare", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTest {

    @ArchTest
    static final ArchRule the_query_side_never_touches_the_command_side = noClasses()
            .that().resideInAPackage("com.propcare.query..")
            .should().dependOnClassesThat().resideInAPackage("com.propcare.command..")
            .because("read models are built from events only, never from aggregates or commands");

    @ArchTest
    static final ArchRule the_command_side_does_not_read_projections = noClasses()
            .that().resideInAPackage("com.propcare.command..")
            .should().dependOnClassesThat().resideInAPackage("com.propcare.query..");

    @ArchTest
    static final ArchRule the_event_store_knows_no_domain = noClasses()
            .that().resideInAPackage("com.propcare.eventstore..")
            .should().dependOnClassesThat().resideInAnyPackage("com.propcare.command..", "com.propcare.query..",
                                                              "com.propcare.events..");

    @ArchTest
    static final ArchRule standalone_holds_wiring_only = classes()
            .that().resideInAPackage("com.propcare.standalone..").and().doNotHaveSimpleName("DemoData")
            .should().beAnnotatedWith(SpringBootConfiguration.class).orShould().beAnnotatedWith(Configuration.class)
            .because("the standalone module only assembles both sides and the embedded store");

    @ArchTest
    static final ArchRule the_demo_office_goes_through_the_api = noClasses()
            .that().haveSimpleName("DemoData")
            .should().dependOnClassesThat().resideInAnyPackage("com.propcare.command..", "com.propcare.query..",
                                                               "com.propcare.events..", "com.propcare.eventstore..")
            .because("demo data obeys every rule a user's request does only if it is sent as requests");

    @ArchTest
    static final ArchRule aggregates_do_not_read_clocks = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().areAssignableTo(Clock.class)
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .because("time arrives in the command or from an injected service, so replays and tests are exact");

    @ArchTest
    static final ArchRule shared_support_does_not_depend_on_capabilities = noClasses()
            .that().resideInAnyPackage("com.propcare.command.support..", "com.propcare.query.support..")
            .should().dependOnClassesThat().resideInAnyPackage("com.propcare.command.complaint..",
                                                              "com.propcare.query.complaint..");

    @ArchTest
    static final ArchRule reaction_policies_are_pure_decisions = noClasses()
            .that().haveSimpleNameEndingWith("Policy").and().resideInAPackage("com.propcare.command.callback.trigger")
            .or().haveNameMatching("com\\.propcare\\.command\\.visit\\.VisitPolicies.*")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "com.mongodb..", "org.bson..",
                                                              "org.springframework..")
            .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
            .because("a policy decides from typed facts and an event, so it is tested without a store or a bus and "
                             + "decides the same on every retry");

    @ArchTest
    static final ArchRule query_side_has_no_aggregates = noClasses()
            .that().resideInAPackage("com.propcare.query..")
            .should().beAnnotatedWith(Aggregate.class);

    @ArchTest
    static final ArchRule controllers_do_not_touch_stores = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat(resideInAnyPackage("com.mongodb..", "org.bson..").or(
                    simpleNameEndingWith("Store").and(resideInAPackage("com.propcare.."))))
            .because("a controller reads top to bottom: it hands the request to the capability, which owns its store");

    @ArchTest
    static final ArchRule each_capability_declares_its_own_routes = classes()
            .that().haveSimpleNameEndingWith("Routes").and().resideInAnyPackage("com.propcare.command..",
                                                                               "com.propcare.query..")
            .should().resideOutsideOfPackages("..support..")
            .because("a capability owns its route rules; a new route does not edit a central table");

    @ArchTest
    static final ArchRule the_audit_and_the_feed_share_the_ledger_not_each_other = noClasses()
            .that().resideInAPackage("com.propcare.query.audit..")
            .should().dependOnClassesThat().resideInAPackage("com.propcare.query.feed..")
            .orShould().dependOnClassesThat().resideInAPackage("com.propcare.query.webhook..")
            .because("the ordered, chained reading of the log (query.ledger) is what both build on");

    @ArchTest
    static final ArchRule the_ledger_serves_its_readers_without_knowing_them = noClasses()
            .that().resideInAPackage("com.propcare.query.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage("com.propcare.query.audit..",
                                                              "com.propcare.query.feed..",
                                                              "com.propcare.query.webhook..");
}
