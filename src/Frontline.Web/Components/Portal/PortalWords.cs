using Frontline.Cases;

namespace Frontline.Web.Components.Portal;

/// <summary>How the portal names a case's status to the customer.</summary>
internal static class PortalWords
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Open => "We are working on it",
        CaseStatus.Pending => "Waiting for an answer",
        CaseStatus.Resolved => "Solved: please confirm",
        _ => "Closed",
    };
}
