using Frontline.Browser.Tests.Pages;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>A reply could not leave; the admin reads it in the outbox, with the reason, and sends it again.</summary>
[Collection(nameof(DemoSite))]
public sealed class AdminRetriesAFailedMessage(DemoSite site)
{
    [Fact]
    public async Task An_admin_sees_why_a_message_failed_and_sends_it_again()
    {
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        var opened = await DemoApi.OpenCaseAsync(page, "Otto Outbox", "Blender hums");
        var reply = await page.APIRequest.PostAsync($"/api/v1/cases/{opened.Id}/email-replies",
            new() { DataObject = new { body = "Otto, a new blender is on its way." } });
        reply.Status.ShouldBe(201, await reply.TextAsync());
        var why = $"5.2.2 Mailbox full ({Guid.NewGuid():N})";
        var to = await FailAsync(opened.Id, why);

        await AdminCentre.GoToAsync(page, "Outbox");
        await Interactivity.WaitAsync(page);
        await page.GetByText("failed", new() { Exact = true }).ClickAsync();
        var row = page.Locator($"#outbox tr[data-to='{to}']");
        await Expect(row).ToContainTextAsync($"failed after 5 tries: {why}");
        await row.Locator("summary").ClickAsync();
        await Expect(row.Locator(".outbox-body")).ToContainTextAsync("Otto, a new blender is on its way.");
        await Screenshots.SaveAsync(page, "outbox-failed.png");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Send again to {to}" }).ClickAsync();
        await Expect(page.Locator("#outbox-done")).ToContainTextAsync($"The message to {to} is sent");
        await page.GetByText("sent", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator($"#outbox tr[data-to='{to}'] .outbox-state")).ToContainTextAsync("sent");
        await Screenshots.SaveAsync(page, "outbox.png");
    }

    // the demo's mail server takes everything: the refusal is written as the outbox writes one after its last try
    private async Task<string> FailAsync(long caseId, string why)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(site.Server.DataDirectory, "frontline.db")}");
        await connection.OpenAsync();
        for (var tries = 0; tries < 40; tries++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE outbound_emails SET status = 'Failed', attempts = 5, last_error = $why
                WHERE status = 'Sent' AND touchpoint_id IN (SELECT id FROM touchpoints WHERE case_id = $case)
                RETURNING "to"
                """;
            command.Parameters.AddWithValue("$why", why);
            command.Parameters.AddWithValue("$case", caseId);
            if (await command.ExecuteScalarAsync() is string to) return to;
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The reply on case {caseId} was never sent.");
    }
}
