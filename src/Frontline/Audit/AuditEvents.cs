using System.Text.Json.Serialization;
using Frontline.Events;

namespace Frontline.Audit;

/// <summary>
/// Someone was refused: an API or UI request answered 401 or 403 (its method, path and matched route), or a use case
/// that refused the caller itself (<see cref="Action"/>, such as <c>approval.decide</c>), which the UI runs without a
/// request of its own.
/// </summary>
[EventType("access.denied", Description = "A request was answered 401 or 403, or a use case refused the caller.")]
public sealed record AccessDenied(string? Method, string? Path, int Status, string? Reason, string? Route = null,
    string? Action = null, long? CaseId = null) : IEvent
{
    public const string Type = "access.denied";

    /// <summary>What was attempted, in one line: the use case, else the method and route (or path).</summary>
    [JsonIgnore]
    public string What => Action ?? $"{Method} {Route ?? Path}";
}
