using Frontline.CallBacks;
using Frontline.Cases;
using Frontline.Notifications;

namespace Frontline.Home;

/// <summary>How many wait in each of the caller's lists; approvals only for team leads and above.</summary>
public sealed record HomeCounts(int Mine, int Team, int Unassigned, int ChatsWaiting, int DueSoon, int Breached,
    int CallBacksDue, int Notifications, int? Approvals);

/// <summary>The first few of each list, in the order the full list shows them.</summary>
public sealed record HomeLists(IReadOnlyList<CaseView> Mine, IReadOnlyList<CaseView> Team,
    IReadOnlyList<CaseView> Unassigned, IReadOnlyList<CaseView> ChatsWaiting, IReadOnlyList<CaseView> DueSoon,
    IReadOnlyList<CaseView> Breached, IReadOnlyList<CallBackView> CallBacksDue,
    IReadOnlyList<NotificationView> Notifications);

/// <summary>How many open or pending cases a member of the caller's teams holds.</summary>
public sealed record MemberLoad(long AgentId, string Name, int OpenCases);

/// <summary>
/// The caller's working day on one screen: counts and the first items of each list; for team leads and above also
/// the approvals waiting for them and their teams' load (null for agents).
/// </summary>
public sealed record HomeView(HomeCounts Counts, HomeLists Lists, IReadOnlyList<MemberLoad>? TeamLoad)
{
    public static readonly HomeView Empty = new(new(0, 0, 0, 0, 0, 0, 0, 0, null),
        new([], [], [], [], [], [], [], []), null);
}
