using System.Net;
using System.Text.RegularExpressions;
using Frontline.Cases;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Portal;

/// <summary>The customer portal over HTTP: sign-in by a link in the mail, own cases only, closure confirmed or reopened.</summary>
public abstract partial class PortalTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Browser : IDisposable
    {
        private readonly HttpClient _http;
        public Browser(Uri baseAddress) => _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies }) { BaseAddress = baseAddress };

        public System.Net.CookieContainer Cookies { get; } = new();

        /// <summary>Posts as a page elsewhere could: the browser sends the cookie, but there is no token.</summary>
        public async Task<HttpResponseMessage> PostWithoutTokenAsync(string action, params (string Name, string Value)[] fields) =>
            await _http.PostAsync(action, new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]), Ct);

        public Task<string> GetAsync(string url) => _http.GetStringAsync(url, Ct);

        public async Task<HttpResponseMessage> GetResponseAsync(string url) => await _http.GetAsync(url, Ct);

        /// <summary>Posts a form the way the page does: with the antiforgery token the page carries.</summary>
        public async Task<string> PostAsync(string page, string action, params (string Name, string Value)[] fields)
        {
            var token = Token().Match(await GetAsync(page)).Groups[1].Value;
            var form = new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", token)]);
            var response = await _http.PostAsync(action, form, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
            return response.Headers.Location!.ToString();
        }

        /// <summary>Posts a form with a file, as the page's multipart form does.</summary>
        public async Task<string> PostFileAsync(string page, string action, (string Name, string Type, byte[] Content) file,
            params (string Name, string Value)[] fields)
        {
            var token = Token().Match(await GetAsync(page)).Groups[1].Value;
            using var form = new MultipartFormDataContent();
            foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
            form.Add(new StringContent(token), "__RequestVerificationToken");
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.Type);
            form.Add(content, "attachment", file.Name);
            var response = await _http.PostAsync(action, form, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
            return response.Headers.Location!.ToString();
        }

        public void Dispose() => _http.Dispose();
    }

    private async Task<(long CaseId, string Email)> ResolvedCaseAsync()
    {
        var email = Given.UniqueEmail("portal");
        var customer = await Given.CustomerAsync(_agent, "Paula Portal", email: email);
        var @case = await Given.CaseAsync(_agent, fx, customer.Id, "Speaker crackles", channel: Frontline.Touchpoints.Channel.Email);
        (await _agent.PutJsonAsync($"/api/v1/cases/{@case.Id}/status", new { status = "Resolved", note = "Solved on the phone." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await fx.EventsDeliveredAsync();
        return (@case.Id, email);
    }

    private async Task<string> TokenMailedToAsync(string email, string subjectStart)
    {
        // mail is written by handlers of what was published (the closure question, the sign-in link's delivery)
        await fx.EventsDeliveredAsync();
        await using var db = fx.OpenDb();
        var mail = await db.OutboundEmails.Where(m => m.To == email.ToLowerInvariant()).OrderByDescending(m => m.Id).ToListAsync(Ct);
        var body = mail.First(m => m.Subject.StartsWith(subjectStart, StringComparison.Ordinal)).Body;
        return Link().Match(body).Groups[1].Value;
    }

    [Fact]
    public async Task A_customer_follows_the_link_in_the_resolution_mail_confirms_and_the_case_closes_confirmed()
    {
        var (caseId, email) = await ResolvedCaseAsync();
        using var browser = new Browser(fx.BaseAddress);
        var token = await TokenMailedToAsync(email, "Is it solved?");

        var landed = await browser.PostAsync($"/portal/enter?token={token}", "/portal/enter", ("token", token));
        var page = await browser.GetAsync(landed);
        var confirmed = await browser.PostAsync(landed, $"/portal/cases/{caseId}/confirm");
        var used = await browser.PostAsync($"/portal/enter?token={token}", "/portal/enter", ("token", token));

        landed.ShouldBe($"/portal/cases/{caseId}");
        page.ShouldContain("Solved: please confirm");
        page.ShouldMatch(@"\d{4}-\d\d-\d\d \d\d:\d\d CES?T", "times on the customer's own clock (Europe/Berlin)");
        page.ShouldContain("We believe your request is solved");
        page.ShouldNotContain("Status changed"); // the team's internal notes stay inside
        confirmed.ShouldBe(landed);
        used.ShouldBe("/portal?expired=1");
        var @case = await (await _agent.GetAsync($"/api/v1/cases/{caseId}", Ct)).ReadAsync<CaseView>();
        @case.Status.ShouldBe(CaseStatus.Closed);
        await using var db = fx.OpenDb();
        (await db.Cases.SingleAsync(c => c.Id == caseId, Ct)).ConfirmedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_customer_asks_for_a_link_sees_only_their_own_cases_and_reopening_counts_as_a_repeat_contact()
    {
        var (caseId, email) = await ResolvedCaseAsync();
        var (otherCase, _) = await ResolvedCaseAsync();
        using var browser = new Browser(fx.BaseAddress);

        (await browser.PostAsync("/portal", "/portal/sign-in", ("email", email))).ShouldBe("/portal?sent=1");
        (await browser.PostAsync("/portal", "/portal/sign-in", ("email", Given.UniqueEmail("stranger")))).ShouldBe("/portal?sent=1");
        var token = await TokenMailedToAsync(email, "Your link");
        (await browser.PostAsync($"/portal/enter?token={token}", "/portal/enter", ("token", token))).ShouldBe("/portal/cases");
        var cases = await browser.GetAsync("/portal/cases");
        var foreign = await browser.GetResponseAsync($"/portal/cases/{otherCase}");
        var reopened = await browser.PostAsync($"/portal/cases/{caseId}", $"/portal/cases/{caseId}/reopen", ("reason", "Still crackles at high volume."));
        var again = await browser.PostAsync($"/portal/cases/{caseId}", $"/portal/cases/{caseId}/reply", ("message", "Any news?"));

        cases.ShouldContain(Frontline.Cases.Case.NumberOf(caseId));
        cases.ShouldNotContain(Frontline.Cases.Case.NumberOf(otherCase));
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        reopened.ShouldBe($"/portal/cases/{caseId}");
        again.ShouldBe($"/portal/cases/{caseId}");
        await using var db = fx.OpenDb();
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, Ct);
        @case.Status.ShouldBe(CaseStatus.Open);
        @case.Reopens.ShouldBe(1);
        (await db.Touchpoints.AnyAsync(t => t.CaseId == caseId && t.Body == "The customer reopened the case: Still crackles at high volume.", Ct)).ShouldBeTrue();
        (await db.Touchpoints.AnyAsync(t => t.CaseId == caseId && t.Body == "Any news?" && t.Channel == Frontline.Touchpoints.Channel.Portal, Ct)).ShouldBeTrue();
        (await db.Cases.SingleAsync(c => c.Id == otherCase, Ct)).Status.ShouldBe(CaseStatus.Resolved, "nothing happened to the other customer's case");
    }

    private async Task<Browser> SignedInAsync(string email)
    {
        var browser = new Browser(fx.BaseAddress);
        (await browser.PostAsync("/portal", "/portal/sign-in", ("email", email))).ShouldBe("/portal?sent=1");
        var token = await TokenMailedToAsync(email, "Your link");
        (await browser.PostAsync($"/portal/enter?token={token}", "/portal/enter", ("token", token))).ShouldBe("/portal/cases");
        return browser;
    }

    [Fact]
    public async Task A_signed_in_customer_opens_a_new_case_of_their_own_and_a_refused_one_creates_nothing()
    {
        var (earlier, email) = await ResolvedCaseAsync();
        using var browser = await SignedInAsync(email);
        var category = (await fx.IdOfCategoryAsync("Warranty and repair")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var before = fx.OpenDb();
        var customerId = await before.Cases.Where(c => c.Id == earlier).Select(c => c.CustomerId).SingleAsync(Ct);

        var list = await browser.GetAsync("/portal/cases");
        var refused = await browser.PostAsync("/portal/cases/new", "/portal/cases", ("categoryId", category), ("subject", "  "), ("description", ""));
        var opened = await browser.PostAsync("/portal/cases/new", "/portal/cases",
            ("categoryId", category), ("subject", "Soundbar hums"), ("description", "It hums when nothing is playing."));
        var page = await browser.GetAsync(opened);

        list.ShouldContain("href=\"/portal/cases/new\"");
        refused.ShouldStartWith("/portal/cases/new?error=");
        Uri.UnescapeDataString(refused).ShouldContain("subject: Is required.");
        Uri.UnescapeDataString(refused).ShouldContain("description: Is required.");
        refused.ShouldContain($"&categoryId={category}", customMessage: "the form comes back with the topic chosen");
        opened.ShouldMatch(@"^/portal/cases/\d+$");
        var caseId = long.Parse(opened["/portal/cases/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        page.ShouldContain("Soundbar hums");
        page.ShouldContain("It hums when nothing is playing.");
        await using var db = fx.OpenDb();
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, Ct);
        @case.CustomerId.ShouldBe(customerId);
        @case.Channel.ShouldBe(Frontline.Touchpoints.Channel.Portal);
        @case.Status.ShouldBe(CaseStatus.Open);
        (await db.Cases.CountAsync(c => c.CustomerId == customerId, Ct)).ShouldBe(2, "the earlier case and the new one; the refused form made none");
        (await db.Touchpoints.AnyAsync(t => t.CaseId == caseId && t.Direction == Frontline.Touchpoints.Direction.Inbound
            && t.Channel == Frontline.Touchpoints.Channel.Portal && t.Body == "It hums when nothing is playing.", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_customer_downloads_the_files_of_their_own_case_and_no_one_elses()
    {
        var (caseId, email) = await ResolvedCaseAsync();
        var (otherCase, _) = await ResolvedCaseAsync();
        long FileOn(long onCase, byte[] content, bool onInternalNote = false)
        {
            using var db = fx.OpenDb();
            var touchpoint = db.Touchpoints.Where(t => t.CaseId == onCase && (t.Direction == Frontline.Touchpoints.Direction.Internal) == onInternalNote)
                .OrderBy(t => t.Id).First();
            var file = new Frontline.Channels.Attachment { TouchpointId = touchpoint.Id, FileName = "photo.png", ContentType = "image/png", Size = content.Length, Content = content };
            db.Attachments.Add(file);
            db.SaveChanges();
            return file.Id;
        }
        var mine = FileOn(caseId, [1, 2, 3, 4]);
        var theirs = FileOn(otherCase, [9, 9, 9]);
        var teams = FileOn(caseId, [7, 7], onInternalNote: true);
        using var browser = await SignedInAsync(email);

        var page = await browser.GetAsync($"/portal/cases/{caseId}");
        var own = await browser.GetResponseAsync($"/portal/attachments/{mine}");
        var foreign = await browser.GetResponseAsync($"/portal/attachments/{theirs}");
        var internalNote = await browser.GetResponseAsync($"/portal/attachments/{teams}");
        using var stranger = new Browser(fx.BaseAddress);
        var signedOut = await stranger.GetResponseAsync($"/portal/attachments/{mine}");

        page.ShouldContain($"href=\"/portal/attachments/{mine}\"");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsByteArrayAsync(Ct)).ShouldBe([1, 2, 3, 4]);
        own.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        internalNote.StatusCode.ShouldBe(HttpStatusCode.NotFound, "what the team keeps to itself stays inside");
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_customer_sends_a_photo_with_a_reply_and_with_a_new_case_and_a_refused_file_changes_nothing()
    {
        var (caseId, email) = await ResolvedCaseAsync();
        await using (var reopen = fx.OpenDb())
            await reopen.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStatus.Open), Ct);
        using var browser = await SignedInAsync(email);
        var photo = new byte[2048];
        Random.Shared.NextBytes(photo);
        var category = (await fx.IdOfCategoryAsync("Warranty and repair")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var touchpoints = await fx.CountAsync<Frontline.Touchpoints.Touchpoint>();

        var refused = await browser.PostFileAsync($"/portal/cases/{caseId}", $"/portal/cases/{caseId}/reply", ("setup.exe", "application/x-msdownload", [1, 2]),
            ("message", "Here is the program."));
        var touchpointsAfterRefusal = await fx.CountAsync<Frontline.Touchpoints.Touchpoint>();
        var replied = await browser.PostFileAsync($"/portal/cases/{caseId}", $"/portal/cases/{caseId}/reply", ("crackle.png", "image/png", photo),
            ("message", "A photo of the speaker grille."));
        var opened = await browser.PostFileAsync("/portal/cases/new", "/portal/cases", ("receipt.pdf", "application/pdf", [37, 80, 68, 70]),
            ("categoryId", category), ("subject", "Second speaker"), ("description", "The receipt for the second one."));
        var page = await browser.GetAsync($"/portal/cases/{caseId}");

        Uri.UnescapeDataString(refused).ShouldContain("attachment[0].contentType: setup.exe: files of type application/x-msdownload are not kept.");
        touchpointsAfterRefusal.ShouldBe(touchpoints);
        replied.ShouldBe($"/portal/cases/{caseId}");
        page.ShouldContain("crackle.png");
        opened.ShouldMatch(@"^/portal/cases/\d+$");
        var newCase = long.Parse(opened["/portal/cases/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        await using var db = fx.OpenDb();
        var kept = await db.Attachments.Where(a => db.Touchpoints.Any(t => t.Id == a.TouchpointId && (t.CaseId == caseId || t.CaseId == newCase)))
            .Select(a => new { a.FileName, a.Content, Case = db.Touchpoints.Where(t => t.Id == a.TouchpointId).Select(t => t.CaseId).First() })
            .ToListAsync(Ct);
        kept.Count.ShouldBe(2);
        kept.Single(k => k.FileName == "crackle.png").Content.ShouldBe(photo);
        kept.Single(k => k.FileName == "receipt.pdf").Case.ShouldBe(newCase);
    }

    [Fact]
    public async Task Without_signing_in_the_portal_shows_nothing_and_changes_nothing()
    {
        var (caseId, _) = await ResolvedCaseAsync();
        using var browser = new Browser(fx.BaseAddress);

        var cases = await browser.GetResponseAsync("/portal/cases");
        var confirm = await browser.PostAsync("/portal", $"/portal/cases/{caseId}/confirm");
        var forged = await browser.PostAsync("/portal", "/portal/enter", ("token", "not-a-token"));
        var subject = $"Not signed in {Guid.NewGuid():N}";
        var open = await browser.PostAsync("/portal", "/portal/cases", ("categoryId", "1"), ("subject", subject), ("description", "Anyone?"));
        var form = await browser.GetResponseAsync("/portal/cases/new");

        cases.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirm.ShouldBe("/portal");
        forged.ShouldBe("/portal?expired=1");
        open.ShouldBe("/portal");
        form.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = fx.OpenDb();
        (await db.Cases.SingleAsync(c => c.Id == caseId, Ct)).Status.ShouldBe(CaseStatus.Resolved);
        (await db.Cases.AnyAsync(c => c.Subject == subject, Ct)).ShouldBeFalse();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"/portal/enter\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}

[Collection(SqliteCollection.Name)]
public sealed class PortalOnSqlite(SqliteApi fx) : PortalTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class PortalOnPostgres(PostgresApi fx) : PortalTests(fx);
