package org.peelrules.internal.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.peelrules.jackson.PeelRulesModule;

/**
 * The one place that configures the library's own Jackson mappers. The model records know nothing of JSON:
 * {@link PeelRulesModule} says how they are written (and any host's mapper can register it); here unknown fields
 * are errors, documents have limits, and there is no polymorphic typing.
 */
public final class Json {
    /** Inputs larger than this are refused before parsing. */
    public static final int MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;
    /** Objects and lists nested deeper than this are refused while parsing (a submission needs four levels). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest text value the parser accepts; the submission schema sets tighter limits per field. */
    public static final int MAX_STRING_CHARS = 1_000_000;

    private static final ObjectMapper JSON = configure(JsonMapper.builder());

    /** Made on first use: reading a submission and the precompiled rule set need no YAML. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = configure(YAMLMapper.builder(
                YAMLFactory.builder().streamReadConstraints(constraints()).build()));
    }

    private Json() {
    }

    /** The mapper for JSON documents: submissions, expected outcomes and reports. */
    public static ObjectMapper json() {
        return JSON;
    }

    /** The mapper for the rule set's YAML data files. */
    public static ObjectMapper yaml() {
        return Yaml.MAPPER;
    }

    /** {@code MOSTLY_MEETS} → {@code mostly-meets}. */
    public static String kebab(Enum<?> value) {
        return PeelRulesModule.kebab(value);
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_CHARS)
                .maxDocumentLength(MAX_DOCUMENT_CHARS)
                .build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> ObjectMapper configure(B builder) {
        M mapper = builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .addModule(new PeelRulesModule())
                .build();
        mapper.getFactory().setStreamReadConstraints(constraints());
        mapper.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
        return mapper;
    }

}
