using Frontline.Testing;
using Microsoft.Playwright;

namespace Frontline.Browser.Tests;

/// <summary>One `frontline demo` server and one Chromium, shared by the journeys of the collection.</summary>
public sealed class DemoSite : IAsyncLifetime
{
    public const string Password = "Frontline-demo-1";
    public const string Agent = "agent@frontline.demo";
    public const string TeamLead = "lead@frontline.demo";
    public const string Manager = "manager@frontline.demo";
    public const string Admin = "admin@frontline.demo";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private FrontlineProcess? server;
    private Frontline.Tests.Infrastructure.MailServer? mail;

    /// <summary>The real mail server the demo sends through (smtp4dev; its IMAP side shows what was sent).</summary>
    public Frontline.Tests.Infrastructure.MailServer Mail => mail ?? throw new InvalidOperationException("The mail server has not started.");

    public FrontlineProcess Server => server ?? throw new InvalidOperationException("The demo server has not started.");

    public async ValueTask InitializeAsync()
    {
        Chromium.EnsureInstalled();
        try
        {
            mail = await Frontline.Tests.Infrastructure.MailServer.StartAsync();
            server = await FrontlineProcess.StartAsync("demo", new Dictionary<string, string>
            {
                ["Frontline__Mail__SmtpHost"] = "127.0.0.1", ["Frontline__Mail__SmtpPort"] = mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // the journeys' webhook receiver listens there; every other address of this machine stays refused
                // long enough to click Undo on a loaded machine, short enough for the closure journeys to wait it out
                ["Frontline__Closure__UndoSeconds"] = "6",
                ["Frontline__Webhooks__AllowedAddresses"] = $"{Frontline.Tests.Webhooks.WebhookReceiver.AllowedAddress}/32",
            }, null, "--customers", "50");
            playwright = await Playwright.CreateAsync();
            browser = await Chromium.LaunchAsync(playwright);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A page in a fresh browser context: no cookies from other tests.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 800 },
            Locale = "en-GB",
            TimezoneId = "Europe/Berlin",
        });
        // generous: the whole suite shares two cores with the server and the browser
        context.SetDefaultTimeout(30_000);
        // no transitions: a check (axe's colour contrast, a screenshot) never catches an element half-way through one
        await context.AddInitScriptAsync("""
            document.addEventListener("DOMContentLoaded", () => {
              const still = document.createElement("style");
              still.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
              document.head.append(still);
            });
            """);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (mail is not null) await mail.DisposeAsync();
        if (server is null) return;
        await server.StopAsync();
        // what the server said, kept beside the tests for when a journey fails
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "demo-server.log"), server.Output);
        await server.DisposeAsync();
    }
}

[CollectionDefinition(nameof(DemoSite))]
public sealed class DemoSiteCollection : ICollectionFixture<DemoSite>;
