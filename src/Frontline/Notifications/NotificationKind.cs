namespace Frontline.Notifications;

/// <summary>What a notification tells a person; each comes from one kind of event.</summary>
public enum NotificationKind
{
    CustomerReplied, ApprovalRequested, ApprovalDecided, CaseAssigned, SlaAtRisk,
    ChatWaiting, WebhookDisabled
}

/// <summary>The kinds as people read them, on the account page and in the API's labels.</summary>
public static class NotificationKinds
{
    public static IReadOnlyList<NotificationKind> All { get; } = Enum.GetValues<NotificationKind>();

    public static string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.CustomerReplied => "A customer replied on a case of mine",
        NotificationKind.ApprovalRequested => "Someone asks me to decide a request",
        NotificationKind.ApprovalDecided => "A request of mine was decided",
        NotificationKind.CaseAssigned => "A case was given to me",
        NotificationKind.SlaAtRisk => "A case of mine will miss its resolution target within the hour",
        NotificationKind.ChatWaiting => "A new chat waits in my team's queue",
        NotificationKind.WebhookDisabled => "Webhooks to an endpoint stopped (admins)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
