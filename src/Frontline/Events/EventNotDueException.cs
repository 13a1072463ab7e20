namespace Frontline.Events;

/// <summary>
/// Thrown by a handler whose work must wait (a question held back while its cause may still be undone): the delivery
/// comes back at <see cref="DueAt"/>, counts no attempt and records no error.
/// </summary>
public sealed class EventNotDueException(DateTime dueAt)
    : Exception($"Not due before {dueAt:yyyy-MM-dd HH:mm:ss} UTC.")
{
    public DateTime DueAt => dueAt;
}
