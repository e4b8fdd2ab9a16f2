package dev.vita.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.vita.model.PartialDate;
import dev.vita.model.RichText;
import java.io.IOException;

/** Jackson's binding of checked profile data to the model's records. */
final class ModelBinding {
    /** Strict, and shared: an ObjectMapper is thread-safe once configured, and costly to make. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("vita-dates").addDeserializer(PartialDate.class, new JsonDeserializer<>() {
                @Override
                public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    return PartialDate.parse(p.getValueAsString());
                }
            }).addDeserializer(RichText.class, new JsonDeserializer<>() {
                @Override
                public RichText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    return InlineMarkdown.parse(p.getValueAsString()).text();
                }
            }))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelBinding() {}
}
