package org.peelrules;

import org.peelrules.errors.Problem;
import org.peelrules.errors.InvalidSubmissionException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Supplier;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.read.SubmissionChecks;

/**
 * Reads a submission from JSON and checks it: against the shipped JSON Schema
 * ({@code org/peelrules/evidence/submission.schema.json}), for the consistency a schema cannot express, and,
 * given a rule set, for names the rule set does not know. Every problem is reported at once, each with its
 * JSON pointer (or, for JSON that does not parse, its line and column), in one
 * {@link InvalidSubmissionException}.
 *
 * <p>Input is bounded to protect a host application: at most {@link Json#MAX_DOCUMENT_CHARS} characters,
 * {@link Json#MAX_NESTING_DEPTH} levels of nesting, and the list sizes the schema sets. Text in a submission is
 * only ever data: nothing in it is interpreted, expanded or evaluated, and Jackson has no polymorphic typing.
 */
public final class SubmissionReader {
    /** The schema's classpath location, for tools that validate submissions themselves. */
    public static final String SCHEMA = SubmissionChecks.SCHEMA;
    /**
     * The sample submission's classpath location: West Mercia's 2021/22 evidence, copied into the jar from
     * {@code examples/west-mercia-2021-22/evidence.json} when it is built, so a first try needs no file of its own.
     */
    public static final String SAMPLE = "/org/peelrules/sample/west-mercia-2021-22/evidence.json";
    /** A repeated field in an object is an error, not a silent "last one wins". */
    private static final ObjectReader TREES = Json.json().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private SubmissionReader() {
    }

    /**
     * Reads and checks the submission in a file; errors are labelled with the file's path.
     *
     * @param file the submission's JSON file
     * @return the submission, checked against the schema and for consistency
     * @throws InvalidSubmissionException listing every problem found, each with its JSON pointer (or line and
     *                                    column), or saying why the file cannot be read
     */
    public static Submission read(Path file) {
        return read(text(file), file.toString(), (RuleSet) null);
    }

    /**
     * Reads and checks the submission in a file, including that every name in it is known to {@code ruleSet}.
     *
     * @param file    the submission's JSON file
     * @param ruleSet the rule set the submission will be evaluated against, or null to leave its names unchecked
     * @return the submission, checked against the schema, for consistency and against the rule set
     * @throws InvalidSubmissionException listing every problem found, each with its JSON pointer (or line and
     *                                    column), or saying why the file cannot be read
     */
    public static Submission read(Path file, RuleSet ruleSet) {
        return read(text(file), file.toString(), ruleSet);
    }

    /**
     * Reads and checks the submission in a file, including that every name in it is known to the rule set
     * {@code ruleSet} supplies. The rule set is asked for only once the file is parsed and checked on its own, so
     * a caller may load it meanwhile; should that fail, problems found with the submission are reported first.
     *
     * @param file    the submission's JSON file
     * @param ruleSet gives the rule set the submission will be evaluated against (or null to leave its names
     *                unchecked); asked at most once, and not at all when the file cannot be parsed
     * @return the submission, checked against the schema, for consistency and against the rule set
     * @throws InvalidSubmissionException listing every problem found, each with its JSON pointer (or line and
     *                                    column), or saying why the file cannot be read
     */
    public static Submission read(Path file, Supplier<RuleSet> ruleSet) {
        return read(text(file), file.toString(), ruleSet);
    }

    /**
     * The sample submission that ships in the jar ({@link #SAMPLE}: West Mercia, 2021/22), read and checked against
     * {@code ruleSet} as any other: a submission to try the library or the command line with, from any folder.
     *
     * @param ruleSet the rule set the sample will be evaluated against, or null to leave its names unchecked
     * @return the sample submission
     * @throws InvalidSubmissionException listing every problem found, each with its JSON pointer (or line and
     *                                    column)
     * @throws IllegalStateException      if the sample is missing from the classpath or cannot be read
     */
    public static Submission sample(RuleSet ruleSet) {
        return read(sampleText(), "sample " + SAMPLE.substring(1), ruleSet);
    }

    private static String sampleText() {
        try (InputStream in = SubmissionReader.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the sample submission is missing from the classpath: " + SAMPLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sample submission " + SAMPLE, e);
        }
    }

    /**
     * Reads and checks a submission from JSON text.
     *
     * @param json the submission's JSON text
     * @param name what to call the submission in errors, such as where the text came from
     * @return the submission, checked against the schema and for consistency
     * @throws InvalidSubmissionException listing every problem found, each with its JSON pointer (or line and
     *                                    column)
     */
    public static Submission read(String json, String name) {
        return read(json, name, (RuleSet) null);
    }

    /**
     * Reads and checks a submission from JSON text, including that every name in it is known to {@code ruleSet}.
     *
     * @param json    the submission's JSON text
     * @param name    what to call the submission in errors, such as where the text came from
     * @param ruleSet the rule set the submission will be evaluated against, or null to leave its names unchecked
     * @return the submission, checked against the schema, for consistency and against the rule set
     * @throws InvalidSubmissionException listing every problem found, each with its JSON pointer (or line and
     *                                    column)
     */
    public static Submission read(String json, String name, RuleSet ruleSet) {
        return read(json, name, () -> ruleSet);
    }

    private static Submission read(String json, String name, Supplier<RuleSet> rules) {
        JsonNode tree = parse(json, name);
        // Asked for once: the checks ask first, and a rule set that failed to load is not asked again.
        RuleSet[] asked = new RuleSet[1];
        List<Problem> problems = SubmissionChecks.of(tree, () -> {
            asked[0] = rules.get();
            return asked[0] == null ? null : asked[0].loaded();
        });
        RuleSet ruleSet = asked[0];
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(name, problems);
        }
        try {
            Submission submission = Json.json().treeToValue(tree, Submission.class);
            if (ruleSet != null) {
                ruleSet.checked().add(submission);
            }
            return submission;
        } catch (JsonProcessingException e) {
            // The schema admits only what the records accept; reaching here means they have drifted apart.
            throw invalid(name, pointer(e), e.getOriginalMessage());
        }
    }

    /**
     * The file's text, read only when it is a regular file (following symbolic links) and never beyond the size
     * limit. A named pipe would block the reader for ever and a device such as {@code /dev/zero} never ends,
     * while both report a size of 0, so the kind of file is checked before it is opened and the size is counted
     * while reading rather than taken from the file system.
     */
    private static String text(Path file) {
        String name = file.toString();
        try {
            BasicFileAttributes kind = Files.readAttributes(file, BasicFileAttributes.class);
            if (kind.isDirectory()) {
                throw invalid(name, "", "is a folder, not a submission file");
            }
            if (!kind.isRegularFile()) {
                throw invalid(name, "", "is not a regular file (a device, named pipe or socket), so it is not read");
            }
            if (kind.size() > Json.MAX_DOCUMENT_CHARS) {
                throw invalid(name, "", "the file is " + kind.size() + " bytes long; the limit is "
                        + Json.MAX_DOCUMENT_CHARS);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = upToTheLimit(in, name);
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(name, "", "the file is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw invalid(name, "", "no such file");
        } catch (AccessDeniedException e) {
            throw invalid(name, "", "the file cannot be read: permission denied");
        } catch (IOException e) {
            throw invalid(name, "", "the file cannot be read: " + e.getMessage());
        }
    }

    /**
     * The stream's bytes, read no further than one past the limit: a file can grow while it is read, or report a
     * size that is not its length (as files under /proc do), so only counting what is read bounds it.
     */
    static byte[] upToTheLimit(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(Json.MAX_DOCUMENT_CHARS + 1);
        if (bytes.length > Json.MAX_DOCUMENT_CHARS) {
            throw invalid(name, "", "the file is longer than the limit of " + Json.MAX_DOCUMENT_CHARS + " bytes");
        }
        return bytes;
    }

    private static JsonNode parse(String json, String name) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.length() > Json.MAX_DOCUMENT_CHARS) {
            throw invalid(name, "", "the document is " + text.length() + " characters long; the limit is "
                    + Json.MAX_DOCUMENT_CHARS);
        }
        try (JsonParser parser = TREES.createParser(text)) {
            try {
                JsonNode tree = TREES.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    throw invalid(name, "", "the document is empty");
                }
                return tree;
            } catch (StreamConstraintsException e) {
                // The exception carries no location; where the parser stopped is the place to look.
                throw invalid(name, where(parser.currentLocation()), limit(e.getOriginalMessage()));
            }
        } catch (JsonProcessingException e) {
            throw invalid(name, where(e.getLocation()), "malformed JSON: " + plainParserMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw invalid(name, "", "the document cannot be read: " + e.getMessage());
        }
    }

    /** Jackson's limit messages name its own configuration methods; say which limit instead. */
    private static String limit(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "the document is nested more than " + Json.MAX_NESTING_DEPTH + " levels deep";
        }
        if (m.contains("String value length")) {
            return "a text value is longer than the limit of " + Json.MAX_STRING_CHARS + " characters";
        }
        if (m.contains("Number value length")) {
            return "a number is written with more digits than the limit allows";
        }
        if (m.contains("Name length")) {
            return "a field name is longer than the limit allows";
        }
        if (m.contains("Document length")) {
            return "the document is longer than the limit of " + Json.MAX_DOCUMENT_CHARS + " characters";
        }
        return "the document exceeds a limit: " + m;
    }

    /**
     * Words the parser's commonest complaints plainly, and drops its echo of the input source, which repeats the
     * location the problem already gives.
     */
    private static String plainParserMessage(String message) {
        String m = (message == null ? "" : message)
                .replaceAll("\\s*\\(start marker at \\[Source:[^]]*]\\)", "")
                .replaceAll("\\s*at \\[Source:[^]]*]", "")
                .replaceAll("\\s+", " ")
                .trim();
        if (m.startsWith("Trailing token")) {
            return "more follows the end of the document";
        }
        if (m.startsWith("Duplicate field ")) {
            return "the field " + m.substring("Duplicate field ".length()).replace('\'', '"')
                    + " appears twice in the same object";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the document ends before an object or list is closed";
        }
        return m;
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String pointer(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            s.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return s.toString();
    }

    private static InvalidSubmissionException invalid(String name, String where, String message) {
        return new InvalidSubmissionException(name, List.of(new Problem(where, message)));
    }
}
