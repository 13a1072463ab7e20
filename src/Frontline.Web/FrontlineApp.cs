using Frontline.Api;
using Frontline.Approvals;
using Frontline.Authority;
using Frontline.CallBacks;
using Frontline.Cases;
using Frontline.Audit;
using Frontline.Channels;
using Frontline.Customers;
using Frontline.Data;
using Frontline.Events;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Home;
using Frontline.Identity;
using Frontline.Knowledge;
using Frontline.Live;
using Frontline.Notifications;
using Frontline.Portal;
using Frontline.Queues;
using Frontline.Touchpoints;
using Frontline.Updates;
using Frontline.Webhooks;
using Frontline.Web.Components;
using Frontline.Web.Components.Layout;
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

        var config = builder.Configuration;
        var database = DatabaseOptions.From(config);
        builder.Services.AddFrontlineData(database);
        builder.Services.AddFrontlineApi();
        builder.Services.AddFrontlineEvents(EventOptions.From(config));
        builder.Services.AddAudit();
        builder.Services.AddWebhooks(config);
        builder.Services.AddFrontlineIdentity(SignInLimits.From(config));
        // each module adds its own services, options, jobs and limits
        builder.Services.AddCustomers(config).AddCases().AddGestures(config).AddApprovals().AddChannels(config)
            .AddUpdates(config).AddPortal(config);
        builder.Services.AddNotifications();
        builder.Services.AddFrontlineScheduling(config.GetValue("Frontline:Scheduling", true), database);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider,
            Frontline.Web.Components.Identity.SessionRevalidation>();
        builder.Services.AddMudServices();
        builder.Services.AddFrontlineLive(builder.Configuration["Frontline:Redis"]);
        // the modules add their policies (AddPerAddressLimit); every refusal answers the same way
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = TooManyRequests.AnswerAsync;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseFriendlyStatusPages();
        app.UseAuthentication();
        app.UseAudit();
        app.UseAuthorization();
        app.UseIdempotency();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapGet("/health", () => TypedResults.Ok("healthy")).AllowAnonymous().ExcludeFromDescription();
        var api = app.MapFrontlineApi();
        api.MapCustomers();
        api.MapCases();
        api.MapUpdates();
        api.MapTouchpoints();
        api.MapQueues();
        api.MapGuidelines();
        api.MapAuthority();
        api.MapGestures();
        api.MapApprovals();
        api.MapKnowledge();
        api.MapChannels();
        api.MapEvents();
        api.MapAudit();
        api.MapWebhooks();
        api.MapNotifications();
        api.MapCallBacks();
        api.MapHome();
        app.MapIdentity(api);
        app.MapWebForm();
        app.MapChat();
        app.MapFrontlineLive();
        app.MapPortal();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
