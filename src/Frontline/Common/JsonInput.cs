using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frontline.Common;

/// <summary>
/// A value in a JSON body refused while it is read, before any handler sees it; the exception handler turns it into a
/// 400 naming the field with this message.
/// </summary>
public sealed class RefusedValueException(string message) : JsonException(message);

/// <summary>
/// How every JSON body is read: numbers must be finite ("NaN" and "Infinity" pass every range check, then break
/// arithmetic and the JSON written back), and text must not carry control characters (PostgreSQL refuses U+0000,
/// and no person types the others).
/// </summary>
public static class JsonInput
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new FiniteDouble());
        options.Converters.Add(new CleanText());
    }

    private sealed class FiniteDouble : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            double value;
            if (reader.TokenType == JsonTokenType.String)
            {
                if (!double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                    throw new RefusedValueException("Must be a number.");
            }
            else if (!reader.TryGetDouble(out value)) throw new RefusedValueException("Must be a number.");
            return double.IsFinite(value) ? value : throw new RefusedValueException("Must be a finite number.");
        }

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value);
    }

    private sealed class CleanText : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String) throw new RefusedValueException("Must be text.");
            string text;
            try
            {
                text = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // an escaped half of a surrogate pair ("\ud800") cannot become a string at all
                throw new RefusedValueException("Must be valid Unicode text.");
            }
            return TextRules.Refusal(text) is { } why ? throw new RefusedValueException(why) : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }
}
