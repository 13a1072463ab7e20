using Frontline.Api;
using Frontline.Channels;
using Frontline.Customers;
using Frontline.Data;
using Frontline.Identity;
using Frontline.Live;
using Frontline.Notifications;
using Frontline.Portal;
using Frontline.Web.Components;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Frontline.Web;

/// <summary>Builds the web application: API, UI, sign-in, on the database the configuration names.</summary>
public static class FrontlineApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(FrontlineApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // the UI's static assets (MudBlazor, Blazor) are found by their manifest in any environment
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);
        ContactPoints.DefaultRegion = builder.Configuration["Frontline:DefaultPhoneRegion"] ?? ContactPoints.DefaultRegion;

        var database = DatabaseOptions.From(builder.Configuration);
        builder.Services.AddFrontlineData(database);
        builder.Services.AddFrontlineApi();
        Frontline.Events.EventsModule.AddFrontlineEvents(builder.Services, Frontline.Events.EventOptions.From(builder.Configuration));
        builder.Services.AddSingleton(Frontline.Channels.Email.MailOptions.From(builder.Configuration));
        builder.Services.AddFrontlineIdentity(SignInLimits.From(builder.Configuration));
        builder.Services.AddSingleton(new Frontline.Gestures.SelfChangedFacts(
            builder.Configuration.GetValue("Frontline:Authority:SelfChangedFactDays", 7)));
        builder.Services.AddFrontlineScheduling(builder.Configuration.GetValue("Frontline:Scheduling", true), database,
            TimeSpan.FromSeconds(builder.Configuration.GetValue("Frontline:Updates:CheckSeconds", 60)));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider,
            Frontline.Web.Components.Identity.SessionRevalidation>();
        builder.Services.AddMudServices();
        builder.Services.AddFrontlineLive(builder.Configuration["Frontline:Redis"]);
        builder.Services.AddNotifications();
        // the public form, the chat widget, the portal's sign-in and its new cases: a few a minute from one address, so nobody floods the queue
        var formsPerMinute = builder.Configuration.GetValue("Frontline:WebForm:PerMinute", 5);
        var chatsPerMinute = builder.Configuration.GetValue("Frontline:Chat:StartsPerMinute", 5);
        var signInsPerMinute = builder.Configuration.GetValue("Frontline:Portal:SignInsPerMinute", 5);
        var portalCasesPerMinute = builder.Configuration.GetValue("Frontline:Portal:CasesPerMinute", 5);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Frontline.Channels.WebForm.WebFormEndpoint.RateLimit, http => PerAddress(http, formsPerMinute));
            o.AddPolicy(Frontline.Channels.Chat.ChatEndpoints.RateLimit, http => PerAddress(http, chatsPerMinute));
            o.AddPolicy(PortalEndpoints.RateLimit, http => PerAddress(http, signInsPerMinute));
            o.AddPolicy(PortalEndpoints.NewCaseRateLimit, http => PerAddress(http, portalCasesPerMinute));
            o.OnRejected = TooManyRequests.AnswerAsync;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseIdempotency();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapGet("/health", () => TypedResults.Ok("healthy")).AllowAnonymous().ExcludeFromDescription();
        app.MapFrontlineApi().MapNotifications();
        app.MapWebForm();
        app.MapFrontlineLive();
        app.MapPortal();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static System.Threading.RateLimiting.RateLimitPartition<string> PerAddress(HttpContext http, int perMinute) =>
        System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
}
