using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Frontline.Channels.Email;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Channels;

/// <summary>The public form, end to end over HTTP. One test per database, since the form is rate-limited per address.</summary>
public abstract partial class WebFormTests(ApiFixture fx)
{
    [Fact]
    public async Task A_visitor_opens_a_case_gets_its_reference_by_email_and_cannot_flood_the_form()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() };
        using var browser = new HttpClient(handler) { BaseAddress = fx.BaseAddress };
        var form = await browser.GetStringAsync("/contact");
        var token = Token().Match(form).Groups[1].Value;
        var category = await fx.IdOfCategoryAsync("Delivery");
        var email = Given.UniqueEmail("visitor");
        MultipartFormDataContent Post(string? address, bool withToken = true)
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent("Vera Visitor"), "name" }, { new StringContent(address ?? ""), "email" },
                { new StringContent(category.ToString()), "categoryId" }, { new StringContent("Parcel never arrived"), "subject" },
                { new StringContent("Ordered on Monday, tracking says delivered, nothing here."), "description" },
            };
            if (withToken) content.Add(new StringContent(token), "__RequestVerificationToken");
            var file = new ByteArrayContent(new byte[1024]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "attachment", "tracking.pdf");
            return content;
        }
        var cases = await fx.CountAsync<Frontline.Cases.Case>();

        var accepted = await browser.PostAsync("/contact", Post(email));
        var refused = await browser.PostAsync("/contact", Post("not an address"));
        var forged = await browser.PostAsync("/contact", Post(email, withToken: false));
        var flood = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++) flood.Add(await browser.PostAsync("/contact", Post(Given.UniqueEmail("flood"))));

        var location = accepted.Headers.Location!.ToString();
        location.ShouldStartWith("/contact?reference=C-");
        var reference = location.Split('=')[1];
        refused.Headers.Location!.ToString().ShouldStartWith("/contact?error=email");
        var again = System.Web.HttpUtility.ParseQueryString(new Uri(fx.BaseAddress, refused.Headers.Location).Query);
        (again["name"], again["email"], again["categoryId"], again["subject"]).ShouldBe(("Vera Visitor", "not an address", category.ToString(), "Parcel never arrived"));
        again["description"].ShouldBeNull("the long words stay in the visitor's browser, not in an address");
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        flood.Last().StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await flood.Last().Content.ReadAsStringAsync()).ShouldContain("try again in a minute");
        await fx.EventsDeliveredAsync();
        await using var db = fx.OpenDb();
        var caseId = Frontline.Cases.Case.IdOf(reference)!.Value;
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, TestContext.Current.CancellationToken);
        @case.Channel.ShouldBe(Channel.WebForm);
        (await db.Attachments.CountAsync(a => db.Touchpoints.Any(t => t.Id == a.TouchpointId && t.CaseId == caseId), TestContext.Current.CancellationToken))
            .ShouldBe(1);
        var confirmation = await db.OutboundEmails.SingleAsync(m => m.To == email.ToLowerInvariant(), TestContext.Current.CancellationToken);
        confirmation.Status.ShouldBe(DeliveryStatus.Sent);
        confirmation.Subject.ShouldContain(reference);
        // the refused and forged posts wrote nothing: only the accepted one and the flood's allowed posts opened cases
        (await fx.CountAsync<Frontline.Cases.Case>()).ShouldBe(cases + 1 + flood.Count(r => r.StatusCode == HttpStatusCode.Redirect));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection(SqliteCollection.Name)]
public sealed class WebFormOnSqlite(SqliteApi fx) : WebFormTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class WebFormOnPostgres(PostgresApi fx) : WebFormTests(fx);
