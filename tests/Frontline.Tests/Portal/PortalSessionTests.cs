using System.Net;
using Frontline.Cases;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Portal;

/// <summary>The customer's sign-in ends when they sign out, and the portal's posts need the page's token.</summary>
public abstract partial class PortalTests
{
    [Fact]
    public async Task After_signing_out_the_old_portal_cookie_is_refused()
    {
        var (caseId, email) = await ResolvedCaseAsync();
        using var browser = await SignedInAsync(email);
        var oldCookie = browser.Cookies.GetCookieHeader(new Uri(fx.BaseAddress, "/portal/cases"));
        (await browser.GetResponseAsync("/portal/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signedOut = await browser.PostAsync("/portal/cases", "/portal/sign-out");
        using var replay = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = fx.BaseAddress };
        replay.DefaultRequestHeaders.Add("Cookie", oldCookie);
        var cases = await replay.GetAsync("/portal/cases", Ct);
        var file = await replay.GetAsync($"/portal/cases/{caseId}", Ct);

        signedOut.ShouldBe("/portal");
        oldCookie.ShouldContain("frontline-portal=");
        cases.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the cookie names a session that has ended");
        cases.Headers.Location!.ToString().ShouldEndWith("/portal");
        file.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = fx.OpenDb();
        (await db.SignInSessions.Where(s => s.CustomerId != null && s.EndedAt != null).AnyAsync(Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Portal_posts_without_the_pages_token_are_refused_and_change_nothing()
    {
        var (caseId, email) = await ResolvedCaseAsync();
        using var browser = await SignedInAsync(email);
        var category = (await fx.IdOfCategoryAsync("Warranty and repair")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var subject = $"Forged {Guid.NewGuid():N}";
        int touchpoints;
        await using (var before = fx.OpenDb()) touchpoints = await before.Touchpoints.CountAsync(t => t.CaseId == caseId, Ct);

        var confirm = await browser.PostWithoutTokenAsync($"/portal/cases/{caseId}/confirm");
        var reopen = await browser.PostWithoutTokenAsync($"/portal/cases/{caseId}/reopen", ("reason", "Forged."));
        var reply = await browser.PostWithoutTokenAsync($"/portal/cases/{caseId}/reply", ("message", "Forged."));
        var open = await browser.PostWithoutTokenAsync("/portal/cases", ("categoryId", category), ("subject", subject), ("description", "Forged."));
        var signOut = await browser.PostWithoutTokenAsync("/portal/sign-out");

        confirm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        reopen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        reply.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        open.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        signOut.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.GetResponseAsync("/portal/cases")).StatusCode.ShouldBe(HttpStatusCode.OK, "the forged sign-out ended nothing");
        await using var db = fx.OpenDb();
        (await db.Cases.SingleAsync(c => c.Id == caseId, Ct)).Status.ShouldBe(CaseStatus.Resolved);
        (await db.Cases.AnyAsync(c => c.Subject == subject, Ct)).ShouldBeFalse();
        (await db.Touchpoints.CountAsync(t => t.CaseId == caseId, Ct)).ShouldBe(touchpoints);
    }
}
