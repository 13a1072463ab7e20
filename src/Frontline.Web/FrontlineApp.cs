using Frontline.Api;
using Frontline.Channels;
using Frontline.Customers;
using Frontline.Data;
using Frontline.Identity;
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

        builder.Services.AddFrontlineData(DatabaseOptions.From(builder.Configuration));
        builder.Services.AddFrontlineApi();
        builder.Services.AddSingleton(Frontline.Channels.Email.MailOptions.From(builder.Configuration));
        builder.Services.AddFrontlineIdentity();
        builder.Services.AddFrontlineScheduling(builder.Configuration.GetValue("Frontline:Scheduling", true));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        // the public form: a few posts a minute from one address, so nobody floods the queue
        var formsPerMinute = builder.Configuration.GetValue("Frontline:WebForm:PerMinute", 5);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Frontline.Channels.WebForm.WebFormEndpoint.RateLimit, http => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = formsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (context, ct) => new ValueTask(context.HttpContext.Response.WriteAsync(
                "Too many requests from your address: please try again in a minute.", ct));
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
        app.MapFrontlineApi();
        app.MapWebForm();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
