using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>
/// A navigation counts once the new page is committed: waiting for its "load" event as well ties a test to every
/// script and font of a busy server, and the assertions that follow wait for what they need anyway.
/// </summary>
internal static class Navigation
{
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };
}
