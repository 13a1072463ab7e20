using Frontline.Api;
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

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseIdempotency();
        app.UseAntiforgery();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapGet("/health", () => TypedResults.Ok("healthy")).AllowAnonymous().ExcludeFromDescription();
        app.MapFrontlineApi();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
