using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frontline.Events;

/// <summary>How event payloads are written: camelCase JSON with enums as strings, the same as the API.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
