package org.peelrules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one place that configures Jackson. The model records know nothing of JSON: enums are written in
 * kebab case ({@code mostly-meets}), unknown fields are errors, and there is no polymorphic typing.
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
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
                .addModule(new JavaTimeModule())
                .addModule(kebabEnums())
                .addModule(judgments())
                .build();
        mapper.getFactory().setStreamReadConstraints(constraints());
        mapper.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
        return mapper;
    }

    private static SimpleModule kebabEnums() {
        SimpleModule module = new SimpleModule("kebab-case-enums");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription beanDesc, JsonDeserializer<?> d) {
                return new KebabEnumDeserializer(type.getRawClass());
            }
        });
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                                                          BeanDescription beanDesc, JsonSerializer<?> s) {
                return new JsonSerializer<Enum<?>>() {
                    @Override
                    public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider p) throws IOException {
                        gen.writeString(kebab(value));
                    }
                };
            }
        });
        return module;
    }

    /** A judgment is written as the record of its components, explanations included, in declaration order. */
    private record JudgmentView(String area, String title, String shortName, Outcome outcome, Grade grade,
                                String descriptor, String decidedBy, List<CauseOfConcern> causesOfConcern,
                                List<AreaForImprovement> areasForImprovement,
                                List<NationalRecommendationNotMet> nationalRecommendationsNotMet,
                                List<InnovativePractice> innovativePractice, List<ShortfallNoted> otherShortfalls,
                                ProvisionalGrade provisional,
                                List<CharacteristicAssessment> characteristics, Trace trace,
                                WhyNotHigher whyNotHigher) {
        static JudgmentView of(AreaJudgment j) {
            return new JudgmentView(j.area(), j.title(), j.shortName(), j.outcome(), j.grade(), j.descriptor(),
                    j.decidedBy(), j.causesOfConcern(), j.areasForImprovement(), j.nationalRecommendationsNotMet(),
                    j.innovativePractice(), j.otherShortfalls(), j.provisional(), j.characteristics(), j.trace(),
                    j.whyNotHigher());
        }
    }

    private static SimpleModule judgments() {
        SimpleModule module = new SimpleModule("area-judgments");
        module.addSerializer(AreaJudgment.class, new JsonSerializer<>() {
            @Override
            public void serialize(AreaJudgment value, JsonGenerator gen, SerializerProvider p) throws IOException {
                p.defaultSerializeValue(JudgmentView.of(value), gen);
            }
        });
        return module;
    }

    private static final class KebabEnumDeserializer extends JsonDeserializer<Enum<?>> {
        private final Class<?> type;

        KebabEnumDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                if (kebab(e).equals(text)) {
                    return e;
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> kebab((Enum<?>) c))
                    .collect(Collectors.joining(", "));
            return (Enum<?>) ctxt.handleWeirdStringValue(type, text, "expected one of: " + allowed);
        }
    }
}
