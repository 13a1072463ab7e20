using Frontline.Events;

namespace Frontline.Guidelines;

[EventType("guideline.saved", Description = "A guideline was created or given a new version.")]
public sealed record GuidelineSaved(long GuidelineId, int Version, string Title) : IEvent;
