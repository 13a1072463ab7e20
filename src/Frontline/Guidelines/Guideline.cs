using System.Text.Json;
using Frontline.Cases;

namespace Frontline.Guidelines;

/// <summary>The guideline of a category: its versions are kept, so every decision can name the one it used.</summary>
public sealed class Guideline
{
    public long Id { get; set; }
    public long CategoryId { get; set; }
    public Category? Category { get; set; }
    public required string Name { get; set; }
    public int CurrentVersion { get; set; }
    public bool IsActive { get; set; } = true;
    public List<GuidelineVersion> Versions { get; set; } = [];
}

/// <summary>One version of a guideline, never changed once written.</summary>
public sealed class GuidelineVersion
{
    public long Id { get; set; }
    public long GuidelineId { get; set; }
    public int Version { get; set; }
    /// <summary>The <see cref="GuidelineContent"/> as JSON: the same text on both databases.</summary>
    public required string Content { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public GuidelineContent Read() => JsonSerializer.Deserialize<GuidelineContent>(Content, Json)!.Complete();

    public static string Write(GuidelineContent content) => JsonSerializer.Serialize(content, Json);
}
