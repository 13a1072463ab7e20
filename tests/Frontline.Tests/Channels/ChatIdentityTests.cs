using System.Net;
using System.Text.RegularExpressions;
using CaseView = Frontline.Cases.CaseView;
using Frontline.Channels.Chat;
using Frontline.Customers;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Channels;

/// <summary>A chat visitor's typed address is a claim: unverified until they type the code mailed there, or signed in to the portal.</summary>
public abstract partial class ChatIdentityTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);
    private readonly HttpClient _visitor = new() { BaseAddress = fx.BaseAddress };
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_chat_started_with_another_customers_address_is_unverified_and_its_case_shows_nothing_of_theirs()
    {
        var customer = await Given.CustomerAsync(_agent, "Priya Raman");
        var theirs = await Given.CaseAsync(_agent, fx, customer.Id, "Refund of the deposit");

        var started = await StartAsync("Mallory", customer.Emails[0], "What is the status of my refund?");

        started.Verified.ShouldBeFalse();
        var view = await CaseAsync(started);
        view.Unverified.ShouldBeTrue();
        (view.UnverifiedName, view.UnverifiedEmail).ShouldBe(("Mallory", customer.Emails[0]));
        view.CustomerId.ShouldNotBe(customer.Id);
        var seen = await (await _agent.GetAsync($"/api/v1/customers/{view.CustomerId}/360", Ct)).ReadAsync<Customer360>();
        seen.Customer.Emails.ShouldBeEmpty();
        seen.RecentCases.Select(c => c.Id).ShouldBe([view.Id], "the claimed customer's cases are not reached through the chat");
        var timeline = await (await _agent.GetAsync($"/api/v1/customers/{view.CustomerId}/timeline", Ct)).ReadAsync<Frontline.Common.Page<Frontline.Touchpoints.TimelineEntry>>();
        timeline.Items.ShouldAllBe(t => t.CaseId == view.Id);
        var claimed = await (await _agent.GetAsync($"/api/v1/customers/{customer.Id}/360", Ct)).ReadAsync<Customer360>();
        claimed.RecentCases.Select(c => c.Id).ShouldBe([theirs.Id], "nothing the visitor says lands on the claimed customer");
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_counted_and_the_right_one_verifies_the_chat_onto_the_customer()
    {
        var customer = await Given.CustomerAsync(_agent, "Priya Raman");
        var started = await StartAsync("Priya", customer.Emails[0], "My parcel never came.");
        await using var visitor = await VisitorAsync(started.Token);

        var sent = await visitor.InvokeAsync<ChatCodeSent>("SendCode", Ct);
        var code = await CodeMailedToAsync(customer.Emails[0]);
        var wrong = await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync<ChatVerified>("Verify", Other(code), Ct));
        await using (var db = fx.OpenDb())
            (await db.ChatSessions.SingleAsync(s => s.Id == started.SessionId, Ct)).CodeAttempts.ShouldBe(1);
        (await CaseAsync(started)).Unverified.ShouldBeTrue();
        var verified = await visitor.InvokeAsync<ChatVerified>("Verify", code, Ct);
        await visitor.InvokeAsync("Send", "Thanks, it is me.", Ct);

        (sent.Address, sent.SendsLeft).ShouldBe((customer.Emails[0], ChatVerification.MaxSends - 1));
        wrong.Message.ShouldContain($"That code is not right. {ChatVerification.MaxAttempts - 1} tries left.");
        verified.Name.ShouldBe("Priya Raman");
        var view = await CaseAsync(started);
        view.Unverified.ShouldBeFalse();
        view.CustomerId.ShouldBe(customer.Id);
        await using var check = fx.OpenDb();
        var session = await check.ChatSessions.SingleAsync(s => s.Id == started.SessionId, Ct);
        session.VerifiedAt.ShouldNotBeNull();
        session.CodeHash.ShouldBeNull();
        var lines = await check.Touchpoints.Where(t => t.CaseId == view.Id).OrderBy(t => t.Id).ToListAsync(Ct);
        lines.ShouldAllBe(t => t.CustomerId == customer.Id);
        lines.ShouldContain(t => t.Direction == Frontline.Touchpoints.Direction.Internal && t.Body.StartsWith("The visitor proved they hold"));
        lines.Last().Body.ShouldBe("Thanks, it is me.");
        (await check.OutboundEmails.AnyAsync(m => m.Body.Contains(code), Ct)).ShouldBeFalse("the code is kept nowhere but as its hash");
    }

    [Fact]
    public async Task Codes_and_tries_are_limited_per_chat_and_too_many_wrong_tries_stop_even_the_right_code()
    {
        var email = Given.UniqueEmail("limits");
        var started = await StartAsync("Lena Limit", email, "Please change my delivery address.");
        await using var visitor = await VisitorAsync(started.Token);

        for (var i = 0; i < ChatVerification.MaxSends; i++) await visitor.InvokeAsync<ChatCodeSent>("SendCode", Ct);
        var oneMore = await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync<ChatCodeSent>("SendCode", Ct));
        var code = await CodeMailedToAsync(email, ChatVerification.MaxSends);
        for (var i = 0; i < ChatVerification.MaxAttempts; i++)
            await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync<ChatVerified>("Verify", Other(code), Ct));
        var late = await Should.ThrowAsync<HubException>(() => visitor.InvokeAsync<ChatVerified>("Verify", code, Ct));

        oneMore.Message.ShouldContain("as many codes as we can");
        late.Message.ShouldContain("Too many wrong codes");
        (await CaseAsync(started)).Unverified.ShouldBeTrue();
    }

    [Fact]
    public async Task A_visitor_whose_address_no_one_holds_keeps_it_once_verified()
    {
        var email = Given.UniqueEmail("newcomer");
        var started = await StartAsync("Nina New", email, "Do you ship to Norway?");
        await using var visitor = await VisitorAsync(started.Token);

        await visitor.InvokeAsync<ChatCodeSent>("SendCode", Ct);
        await visitor.InvokeAsync<ChatVerified>("Verify", await CodeMailedToAsync(email), Ct);

        var view = await CaseAsync(started);
        view.Unverified.ShouldBeFalse();
        await using var db = fx.OpenDb();
        (await db.CustomerEmails.SingleAsync(e => e.Address == email, Ct)).CustomerId.ShouldBe(view.CustomerId);
    }

    [Fact]
    public async Task A_chat_started_from_a_signed_in_portal_session_is_verified_from_the_start()
    {
        var customer = await Given.CustomerAsync(_agent, "Paula Portal");
        using var browser = await SignedInToPortalAsync(customer.Id);

        var me = await browser.GetAsync("/portal/chat", Ct);
        var response = await browser.PostJsonAsync("/portal/chat", new { categoryId = await fx.IdOfCategoryAsync("Delivery"), message = "Where is my order?" });
        var anonymous = await _visitor.PostJsonAsync("/portal/chat", new { categoryId = await fx.IdOfCategoryAsync("Delivery"), message = "Hello" });

        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await me.ReadAsync<ChatSignedIn>()).Name.ShouldBe("Paula Portal");
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var started = await response.ReadAsync<ChatStarted>();
        started.Verified.ShouldBeTrue();
        var view = await CaseAsync(started);
        (view.Unverified, view.CustomerId).ShouldBe((false, customer.Id));
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _visitor.GetAsync("/portal/chat", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private async Task<ChatStarted> StartAsync(string name, string email, string message)
    {
        var response = await _visitor.PostJsonAsync("/chat/sessions", new { name, email, categoryId = await fx.IdOfCategoryAsync("Delivery"), message });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadAsync<ChatStarted>();
    }

    private async Task<CaseView> CaseAsync(ChatStarted started) =>
        await (await _agent.GetAsync($"/api/v1/cases/{Frontline.Cases.Case.IdOf(started.Reference)}", Ct)).ReadAsync<CaseView>();

    private async Task<HubConnection> VisitorAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fx.BaseAddress, ChatHub.Path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token)).Build();
        await connection.StartAsync(Ct);
        return connection;
    }

    private static string Other(string code) => code == "000000" ? "111111" : "000000";

    /// <summary>The code in the newest of <paramref name="count"/> code mails to the address, read from the real mail server.</summary>
    private async Task<string> CodeMailedToAsync(string address, int count = 1)
    {
        using var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", fx.Mail.ImapPort, SecureSocketOptions.None, Ct);
        await imap.AuthenticateAsync("frontline", "frontline", Ct);
        for (var tries = 0; tries < 40; tries++)
        {
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, Ct);
            var mine = imap.Inbox.Count == 0 ? []
                : (await imap.Inbox.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId, Ct))
                    .Where(m => m.Envelope?.To.Mailboxes.Any(b => b.Address == address) == true && m.Envelope.Subject == "Your code for the chat").ToList();
            if (mine.Count >= count)
            {
                var newest = await imap.Inbox.GetMessageAsync(mine[^1].UniqueId, Ct);
                return Code().Match(newest.TextBody ?? "").Value;
            }
            await imap.Inbox.CloseAsync(cancellationToken: Ct);
            await Task.Delay(250, Ct);
        }
        throw new InvalidOperationException($"No code reached {address}.");
    }

    /// <summary>A client holding the portal's cookie, signed in by a link as the customer would follow it.</summary>
    private async Task<HttpClient> SignedInToPortalAsync(long customerId)
    {
        string token;
        await using (var db = fx.OpenDb())
        {
            (var link, token) = Frontline.Portal.PortalLink.Issue(customerId, null, DateTime.UtcNow, TimeSpan.FromMinutes(5));
            db.PortalLinks.Add(link);
            await db.SaveChangesAsync(Ct);
        }
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = fx.BaseAddress };
        var page = await browser.GetStringAsync($"/portal/enter?token={token}", Ct);
        var form = new FormUrlEncodedContent([KeyValuePair.Create("token", token),
            KeyValuePair.Create("__RequestVerificationToken", Antiforgery().Match(page).Groups[1].Value)]);
        var entered = await browser.PostAsync("/portal/enter", form, Ct);
        entered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await entered.Content.ReadAsStringAsync(Ct));
        return browser;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

[Collection(SqliteCollection.Name)]
public sealed class ChatIdentityOnSqlite(SqliteApi fx) : ChatIdentityTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class ChatIdentityOnPostgres(PostgresApi fx) : ChatIdentityTests(fx);
