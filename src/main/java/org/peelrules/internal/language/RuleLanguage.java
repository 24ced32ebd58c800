package org.peelrules.internal.language;

import java.util.Map;

/**
 * The rule language's allowlist: every type and member the compiled code of a rule may name, each with the
 * reason it is safe. The engine's compiled-code check ({@code RuleBytecode}) refuses anything not listed here;
 * nothing is allowed by default.
 *
 * <p>An entry is, in the JVM's own spelling ({@code java/util/List}):
 * <ul>
 *   <li>a type ({@code java/lang/String}): every constructor, method and field of it, and of its nested types;</li>
 *   <li>a package ({@code java/time/*}): every type directly in it;</li>
 *   <li>a member ({@code java/lang/Object.equals}): that name alone, on that type or one the rule's code names
 *       as its owner.</li>
 * </ul>
 * {@link #REFUSED_MEMBERS} takes members back from an allowed type, whatever type owns them in the bytecode.
 * To allow something new, add one line with its reason: it must not reach the file system, the network, the
 * process, threads, reflection, the clock or the engine.
 */
public final class RuleLanguage {
    /** What any code compiled from a rule file may name. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            // The rule vocabulary
            Map.entry("org/peelrules/evidence/*", "the evidence a rule reads"),
            Map.entry("org/peelrules/rules/*", "the facts and builders a rule reads and inserts"),
            Map.entry("org/peelrules/judgment/Status", "a characteristic's status, a value"),
            Map.entry("org/peelrules/judgment/Grade", "a grade, a value"),
            Map.entry("org/peelrules/judgment/Outcome", "an ungraded outcome, a value"),
            Map.entry("org/peelrules/judgment/CharacteristicAssessment", "a stage 1 conclusion, a fact"),
            Map.entry("org/peelrules/judgment/CauseOfConcern", "a finding, a fact"),
            Map.entry("org/peelrules/judgment/AreaForImprovement", "a finding, a fact"),
            Map.entry("org/peelrules/judgment/InnovativePractice", "a finding, a fact"),
            Map.entry("org/peelrules/judgment/NationalRecommendationNotMet", "a finding, a fact"),
            Map.entry("org/peelrules/judgment/Recommendation", "part of a cause of concern, a value"),
            Map.entry("org/peelrules/judgment/Finding", "what every finding is, an interface"),
            Map.entry("org/peelrules/judgment/ShortfallNoted", "a caveat recorded beside success, a fact"),
            Map.entry("org/peelrules/judgment/AreaTally", "an area's tally, which the grading policy reads, a fact"),
            // Text and numbers
            Map.entry("java/lang/String", "text"),
            Map.entry("java/lang/CharSequence", "text"),
            Map.entry("java/lang/StringBuilder", "text; the compiler joins strings with it"),
            Map.entry("java/lang/Character", "text"),
            Map.entry("java/lang/Math", "arithmetic"),
            Map.entry("java/lang/StrictMath", "arithmetic"),
            Map.entry("java/lang/Number", "numbers; accumulate gives its results as Number"),
            Map.entry("java/lang/Integer", "numbers; the compiler boxes with it"),
            Map.entry("java/lang/Long", "numbers; the compiler boxes with it"),
            Map.entry("java/lang/Double", "numbers; the compiler boxes with it"),
            Map.entry("java/lang/Float", "numbers"),
            Map.entry("java/lang/Short", "numbers"),
            Map.entry("java/lang/Byte", "numbers"),
            Map.entry("java/lang/Boolean", "truth values; an eval's result is boxed in it"),
            Map.entry("java/lang/Comparable", "ordering values"),
            Map.entry("java/lang/Iterable", "the for-each loop over a collection"),
            Map.entry("java/lang/Object.<init>", "every class's constructor calls it"),
            Map.entry("java/lang/Object.equals", "comparing values"),
            Map.entry("java/lang/Object.hashCode", "comparing values"),
            Map.entry("java/lang/Object.toString", "text of a value"),
            Map.entry("java/lang/Enum.name", "a fixed value's name"),
            Map.entry("java/lang/Enum.ordinal", "a fixed value's order"),
            Map.entry("java/lang/Enum.compareTo", "ordering fixed values"),
            Map.entry("java/lang/Enum.equals", "comparing fixed values"),
            Map.entry("java/lang/Enum.hashCode", "comparing fixed values"),
            Map.entry("java/lang/Enum.toString", "text of a fixed value"),
            Map.entry("java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
                    "how the compiler joins strings; the pieces are checked as code"),
            Map.entry("java/lang/invoke/LambdaMetafactory.metafactory",
                    "how the compiler makes a lambda; the lambda's body is checked as code"),
            Map.entry("java/math/*", "exact numbers"),
            Map.entry("java/time/*", "dates and durations (not the clock: see REFUSED_MEMBERS)"),
            Map.entry("java/time/temporal/*", "date arithmetic"),
            // Collections, without parallelism (see REFUSED_MEMBERS)
            Map.entry("java/util/Collection", "collections"),
            Map.entry("java/util/List", "collections; collect gives a List"),
            Map.entry("java/util/ArrayList", "collections"),
            Map.entry("java/util/LinkedList", "collections"),
            Map.entry("java/util/Set", "collections; accumulate( ..., collectSet(...) ) gives a Set"),
            Map.entry("java/util/HashSet", "collections"),
            Map.entry("java/util/LinkedHashSet", "collections"),
            Map.entry("java/util/TreeSet", "collections"),
            Map.entry("java/util/SortedSet", "collections"),
            Map.entry("java/util/NavigableSet", "collections"),
            Map.entry("java/util/Map", "collections"),
            Map.entry("java/util/HashMap", "collections"),
            Map.entry("java/util/LinkedHashMap", "collections"),
            Map.entry("java/util/TreeMap", "collections"),
            Map.entry("java/util/SortedMap", "collections"),
            Map.entry("java/util/NavigableMap", "collections"),
            Map.entry("java/util/Queue", "collections"),
            Map.entry("java/util/Deque", "collections"),
            Map.entry("java/util/ArrayDeque", "collections"),
            Map.entry("java/util/Iterator", "the for-each loop over a collection"),
            Map.entry("java/util/ListIterator", "walking a list"),
            Map.entry("java/util/Collections", "collections"),
            Map.entry("java/util/Arrays", "arrays as lists"),
            Map.entry("java/util/Objects", "null-safe comparison"),
            Map.entry("java/util/Optional", "a value that may be missing"),
            Map.entry("java/util/OptionalInt", "a value that may be missing"),
            Map.entry("java/util/OptionalLong", "a value that may be missing"),
            Map.entry("java/util/OptionalDouble", "a value that may be missing"),
            Map.entry("java/util/Comparator", "ordering"),
            Map.entry("java/util/StringJoiner", "text"),
            Map.entry("java/util/function/*", "the types of lambdas"),
            Map.entry("java/util/stream/Stream", "sequential streams over collections"),
            Map.entry("java/util/stream/IntStream", "sequential streams of numbers"),
            Map.entry("java/util/stream/LongStream", "sequential streams of numbers"),
            Map.entry("java/util/stream/DoubleStream", "sequential streams of numbers"),
            Map.entry("java/util/stream/BaseStream", "sequential streams"),
            Map.entry("java/util/stream/Collectors", "gathering a stream into a collection"),
            Map.entry("java/util/stream/Collector", "gathering a stream into a collection"),
            // The engine's glue in the code Drools writes for a rule
            Map.entry("org/drools/core/rule/consequence/KnowledgeHelper",
                    "the consequence's handle on the engine; only its insert may be called (see ENGINE_CALLS)"),
            Map.entry("org/drools/mvel/field/FieldFactory.getInstance",
                    "wraps the value an accumulate function reads from each fact"),
            Map.entry("org/drools/mvel/field/FieldFactory.getFieldValue",
                    "wraps the value an accumulate function reads from each fact"));

    /** Members refused on any type, even an allowed one, with the reason a rule may not use them. */
    public static final Map<String, String> REFUSED_MEMBERS = Map.of(
            "parallelStream", "it runs the rule's code on other threads",
            "parallel", "it runs the rule's code on other threads",
            "now", "it reads the clock, so an evaluation would not repeat",
            "getClass", "it leads to reflection",
            "wait", "it blocks the evaluation's thread",
            "notify", "it reaches other threads",
            "notifyAll", "it reaches other threads");

    /** The only calls on the engine's handle a rule's code may make: a rule reads facts and inserts facts. */
    public static final Map<String, String> ENGINE_CALLS = Map.of(
            "insert", "a rule concludes by inserting a fact");

    private RuleLanguage() {
    }

    /** Why {@code owner.member} is allowed, or {@code null} when it is not. */
    public static String allowed(String owner, String member) {
        String outer = owner.contains("$") ? owner.substring(0, owner.indexOf('$')) : owner;
        String reason = ALLOWED.get(owner + "." + member);
        if (reason == null) {
            reason = ALLOWED.get(outer);
        }
        if (reason == null && outer.contains("/")) {
            reason = ALLOWED.get(outer.substring(0, outer.lastIndexOf('/')) + "/*");
        }
        return reason;
    }

    /** Why a type may be named at all (a cast, an instance check, a new array, a local's type), or {@code null}. */
    public static String allowedType(String type) {
        String outer = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
        String reason = ALLOWED.get(outer);
        if (reason == null && outer.contains("/")) {
            reason = ALLOWED.get(outer.substring(0, outer.lastIndexOf('/')) + "/*");
        }
        if (reason == null && ALLOWED.keySet().stream().anyMatch(k -> k.startsWith(outer + "."))) {
            reason = "one of its members is allowed";
        }
        return reason;
    }
}
