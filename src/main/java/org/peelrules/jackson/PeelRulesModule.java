package org.peelrules.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.ProvisionalGrade;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.judgment.Trace;
import org.peelrules.judgment.WhyNotHigher;

/**
 * Teaches any Jackson {@code ObjectMapper} the library's JSON: register it
 * ({@code mapper.registerModule(new PeelRulesModule())}) and an {@code Assessment}, a {@code Submission} and
 * every record in them read and write as the command line's JSON does (docs/output-format.md): the library's
 * enums in kebab case ({@code mostly-meets}), dates as ISO text, absent values left out. Enums of other
 * libraries keep the mapper's own settings.
 */
public final class PeelRulesModule extends SimpleModule {
    private static final String LIBRARY_PACKAGE = "org.peelrules.";

    public PeelRulesModule() {
        super("peel-rules");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription beanDesc, JsonDeserializer<?> d) {
                return ours(type.getRawClass()) ? new KebabEnumDeserializer(type.getRawClass()) : d;
            }
        });
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                                                          BeanDescription beanDesc, JsonSerializer<?> s) {
                return ours(valueType.getRawClass()) ? KebabEnumSerializer.INSTANCE : s;
            }

            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beanDesc,
                                                      JsonSerializer<?> serializer) {
                return beanDesc.getBeanClass() == AreaJudgment.class ? JudgmentSerializer.INSTANCE : serializer;
            }
        });
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        context.insertAnnotationIntrospector(new NopAnnotationIntrospector() {
            @Override
            public JsonInclude.Value findPropertyInclusion(Annotated a) {
                return a instanceof AnnotatedClass c && ours(c.getRawType())
                        ? JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)
                        : JsonInclude.Value.empty();
            }
        });
    }

    /** Dates need Jackson's Java time support; a mapper that registers this module gets it too. */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    /** {@code MOSTLY_MEETS} → {@code mostly-meets}. */
    public static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean ours(Class<?> type) {
        return type.getName().startsWith(LIBRARY_PACKAGE);
    }

    private static final class KebabEnumSerializer extends JsonSerializer<Enum<?>> {
        static final KebabEnumSerializer INSTANCE = new KebabEnumSerializer();

        @Override
        public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeString(kebab(value));
        }
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

    /**
     * A judgment is written as this record of its components, leaving out those it does not have. Its
     * explanation is not a property: its trace and why-not-higher are properties of the judgment, last, so that
     * a reader of the JSON (docs/output-format.md) finds them beside what they explain.
     */
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

    private static final class JudgmentSerializer extends JsonSerializer<AreaJudgment> {
        static final JudgmentSerializer INSTANCE = new JudgmentSerializer();

        @Override
        public void serialize(AreaJudgment value, JsonGenerator gen, SerializerProvider p) throws IOException {
            p.defaultSerializeValue(JudgmentView.of(value), gen);
        }
    }
}
