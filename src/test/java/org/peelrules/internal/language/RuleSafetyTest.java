package org.peelrules.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peelrules.errors.Problem;
import org.peelrules.TestRules;

/** The rule language: what a rule file may name, and the ways around the check that it closes. */
class RuleSafetyTest {
    private static final String HEAD = "package org.peelrules.ruleset;\nimport org.peelrules.evidence.*;\n"
            + "import org.peelrules.rules.*;\n";

    private static List<Problem> check(String drl) {
        List<Problem> problems = new ArrayList<>();
        RuleSafety.check(new DrlText("x.drl", drl), problems);
        return problems;
    }

    private static String rule(String when, String then) {
        return HEAD + "rule \"r\"\n    @id(\"X-01\") @characteristics(\"*\")\nwhen\n    " + when + "\nthen\n    " + then
                + "\nend\n";
    }

    @Test
    void everyBundledRuleFileIsInsideTheLanguage() throws IOException {
        try (Stream<Path> files = Files.walk(TestRules.FOLDER)) {
            List<Path> drl = files.filter(p -> p.toString().endsWith(".drl")).toList();
            assertThat(drl).isNotEmpty();
            for (Path p : drl) {
                assertThat(check(Files.readString(p, StandardCharsets.UTF_8))).as("%s", p).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "insert( Signal.met( \"System.exit\", $o ) );",                 // prose in a string
            "insert( Signal.met( $o.characteristic(), $o ) ); // System.exit(0)",
            "/* Runtime.getRuntime() */ insert( Signal.met( $o.characteristic(), $o ) );",
            "java.util.List<String> ids = new java.util.ArrayList<>(); insert( Signal.met( ids.toString(), $o ) );",
            "insert( Signal.met( String.valueOf( Math.max( 1, 2 ) ), $o ) );",
            "insert( Findings.assessment( null, org.peelrules.judgment.Status.MET, java.util.List.of() ) );",
            "insert( Signal.met( java.time.LocalDate.of( 2021, 3, 31 ).toString(), $o ) );"})
    void whatTheLanguageAllows(String then) {
        assertThat(check(rule("$o : Observation()", then))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            System.exit( 1 );                                          | "System" is not allowed
            Runtime.getRuntime().halt( 1 );                            | "Runtime" is not allowed
            java.lang.System.exit( 1 );                                | "java.lang.System" is outside the rule language
            java . io . File f = null;                                 | "java.io.File" is outside the rule language
            java.nio.file.Files.delete( null );                        | "java.nio.file.Files" is outside
            new java.net.Socket( "h", 1 );                             | "java.net.Socket" is outside
            java.util.concurrent.Executors.newFixedThreadPool( 1 );    | "java.util.concurrent.Executors" is outside
            new Thread( () -> {} ).start();                            | "Thread" is not allowed
            ProcessHandle.current().destroy();                         | "ProcessHandle" is not allowed
            $o.getClass().getClassLoader();                            | "getClass" is not allowed
            Object c = String.class;                                   | ".class" is not allowed
            Observation.class.getDeclaredMethods();                    | ".class" is not allowed
            drools.halt();                                             | "drools" is not allowed
            kcontext.getKieRuntime().halt();                           | "kcontext" is not allowed
            org.peelrules.RuleSet.bundled();                           | "org.peelrules.RuleSet" is outside
            org.peelrules.SubmissionReader.read( "{}", "x" );          | "org.peelrules.SubmissionReader" is outside
            org.kie.api.KieServices.get();                             | "org.kie.api.KieServices" is outside
            synchronized ( $o ) { }                                    | "synchronized" is not allowed
            """)
    void whatTheLanguageRefuses(String then, String message) {
        assertThat(check(rule("$o : Observation()", then)))
                .anySatisfy(p -> assertThat(p.message()).contains(message.strip()));
    }

    @Test
    void aCharacterLiteralCannotHideCodeAsAString() {
        // '"' opens no string: the lexer reads it as a character, so System is code here.
        assertThat(check(rule("$o : Observation()", "String s = '\"' + System.getenv( \"HOME\" ) + '\"';")))
                .anySatisfy(p -> assertThat(p.message()).contains("\"System\" is not allowed"));
    }

    @Test
    void aUnicodeEscapeCannotHideCodeInAComment() {
        // The Java compiler decodes a unicode escape for a line break before anything else: the comment would end there.
        assertThat(check(rule("$o : Observation()", "// note \\u000a System.exit( 0 );")))
                .extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("\\u escapes are not allowed"));
    }

    @Test
    void importsOfEveryFormAreChecked() {
        for (String line : List.of("import java.io.*;", "import java.io.File;", "import static java.lang.System.exit;",
                "import function java.lang.Runtime.getRuntime;", "import java.util.concurrent.*;",
                "import org.peelrules.internal.json.Json;")) {
            assertThat(check(HEAD + line + "\n")).as(line).isNotEmpty();
        }
        for (String line : List.of("import java.util.*;", "import java.util.List;", "import org.peelrules.judgment.Status;",
                "import static org.peelrules.rules.Findings.*;", "import java.time.LocalDate;")) {
            assertThat(check(HEAD + line + "\n")).as(line).isEmpty();
        }
    }

    @Test
    void functionsQueriesAndEvalsAreCheckedLikeConsequences() {
        assertThat(check(HEAD + "function void f() {\n    Thread.sleep( 1 );\n}\n")).extracting(Problem::where)
                .containsExactly("x.drl:5:5");
        assertThat(check(rule("$o : Observation()\n    eval( System.currentTimeMillis() > 0 )", "")))
                .extracting(Problem::where).containsExactly("x.drl:8:11");
        assertThat(check(HEAD + "query q\n    $o : Observation( java.lang.Runtime.getRuntime() != null )\nend\n"))
                .isNotEmpty();
    }

    @Test
    void globalsAndTheLibrarysOwnPackagesAreRefused() {
        assertThat(check(HEAD + "global java.util.List seen;\n")).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("globals are not allowed"));
        assertThat(check("package org.peelrules;\n")).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("package org.peelrules belongs to the JDK"));
        assertThat(check("package org.peelrules.ruleset.burglary;\n")).isEmpty();
        assertThat(check("package com.example.policy;\n")).isEmpty();
    }

    @Test
    void aProblemNamesItsFileLineAndColumn() {
        assertThat(check(rule("$o : Observation()", "insert( Signal.met( \"x\", $o ) ); System.exit( 1 );")))
                .extracting(Problem::where).containsExactly("x.drl:9:38", "x.drl:9:45");
    }
}
