package org.careplanner.pricing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.careplanner.domain.Money;

/** Reads and writes a {@link RatesTable} as JSON. Amounts of money are written as strings, e.g. "12.21". */
final class RatesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("money")
                    .addSerializer(Money.class, new MoneyWriter())
                    .addDeserializer(Money.class, new MoneyReader()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RatesJson() {
    }

    static RatesTable read(InputStream in) {
        try {
            return MAPPER.readValue(in, RatesTable.class);
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(e);
        }
    }

    static RatesTable read(String json) {
        try {
            return MAPPER.readValue(json, RatesTable.class);
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(e);
        }
    }

    static String write(RatesTable table) {
        try {
            return MAPPER.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The rates table could not be written as JSON.", e);
        }
    }

    private static RatesFormatException unreadable(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof IllegalArgumentException || cause instanceof ArithmeticException
                ? cause.getMessage()
                : e.getMessage();
        String reason = message == null ? "it is not in the expected shape." : message.lines().findFirst().orElse("");
        return new RatesFormatException("The rates table could not be read: " + reason, e);
    }

    private static final class MoneyWriter extends JsonSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toPlainString());
        }
    }

    private static final class MoneyReader extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal pounds = p.currentToken() == JsonToken.VALUE_STRING
                    ? new BigDecimal(p.getText().strip())
                    : p.getDecimalValue();
            return Money.of(pounds);
        }
    }
}
