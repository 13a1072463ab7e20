using System.Globalization;
using Frontline.Browser.Tests.Pages;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontline.Browser.Tests.Journeys;

/// <summary>
/// An admin checks that a case just opened was recorded, narrows the log to opened cases, and sends round again an
/// event that a part of Frontline kept failing on, once its cause is fixed.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class AdminFollowsTheEvents(DemoSite site)
{
    [Fact]
    public async Task An_admin_sees_a_new_case_among_the_latest_events_filters_by_type_and_retries_a_parked_delivery()
    {
        var page = await site.NewPageAsync();
        await (await new SignInPage(page).OpenAsync()).SignInAsync(DemoSite.Admin, DemoSite.Password);
        var opened = await DemoApi.OpenCaseAsync(page, "Ivo Events", "Router blinks red");
        var error = $"TimeoutException: The live screens did not answer within 15 s ({Guid.NewGuid():N}).";
        var position = await ParkAsync(opened.Id, "live", error);

        await AdminCentre.GoToAsync(page, "Events");
        await Interactivity.WaitAsync(page);
        var events = new EventsPage(page);
        var mine = events.Latest.Filter(new() { HasText = opened.Number });
        await Expect(mine.Filter(new() { HasText = "case.opened" })).ToHaveCountAsync(1);
        await Expect(mine.First).ToContainTextAsync("Ada Admin");

        await events.FilterByTypeAsync("case.opened");
        await Expect(events.Latest.Filter(new() { HasNotText = "case.opened" })).ToHaveCountAsync(0);
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine).ToBeVisibleAsync();

        var parked = events.Parked.Filter(new() { HasText = error });
        await Expect(parked).ToBeInViewportAsync();
        await Expect(parked).ToContainTextAsync($"#{position}");
        await Expect(parked).ToContainTextAsync("case.opened");
        await Expect(parked).ToContainTextAsync(opened.Number);
        await Expect(parked).ToContainTextAsync("8");
        await Screenshots.SaveAsync(page, "events.png");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await events.TryAgainAsync(parked);
        await Expect(parked).ToHaveCountAsync(0);
        await Expect(events.Done).ToBeInViewportAsync();
        await Expect(events.Done).ToContainTextAsync($"Event #{position} is on its way");
    }

    /// <summary>
    /// Turns, straight in the demo's database, the handler's finished delivery of the case's opening into one it gave
    /// up on after eight tries: no API parks one, and a real failure would take the handler's whole backoff to reach.
    /// </summary>
    private async Task<long> ParkAsync(long caseId, string handler, string error)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(site.Server.DataDirectory, "frontline.db")}");
        await connection.OpenAsync(ct);
        await using var find = connection.CreateCommand();
        find.CommandText = "SELECT position FROM events WHERE type = 'case.opened' AND case_id = $case";
        find.Parameters.AddWithValue("$case", caseId);
        var position = (long)(await find.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException("The case has no event."));
        await using var park = connection.CreateCommand();
        // only once the handler is done with it, so the dispatcher never writes over the parked row
        park.CommandText = """
            UPDATE event_deliveries SET state = 'Parked', attempts = 8, due_at = $due, last_error = $error
            WHERE event_position = $position AND handler = $handler AND state = 'Done'
            """;
        park.Parameters.AddWithValue("$position", position);
        park.Parameters.AddWithValue("$handler", handler);
        park.Parameters.AddWithValue("$due", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        park.Parameters.AddWithValue("$error", error);
        for (var attempt = 0; await park.ExecuteNonQueryAsync(ct) == 0; attempt++)
        {
            if (attempt == 60) throw new TimeoutException($"The {handler} handler never finished event #{position}.");
            await Task.Delay(500, ct);
        }
        return position;
    }
}
