using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Identity;

public static class IdentityModule
{
    private const string Either = "FrontlineSignIn";

    public static IServiceCollection AddFrontlineIdentity(this IServiceCollection services)
    {
        // cookies stay valid across restarts and across nodes that share the database
        services.AddDataProtection().SetApplicationName("Frontline").PersistKeysToDbContext<FrontlineDb>();
        services.AddIdentityCore<Agent>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<Microsoft.AspNetCore.Identity.IdentityRole<long>>()
            .AddEntityFrameworkStores<FrontlineDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AgentClaims>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Either;
                o.DefaultChallengeScheme = Either;
            })
            // an API key header means an integration; everything else is a person with a cookie
            .AddPolicyScheme(Either, "Cookie or API key", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.ContainsKey(ApiKey.Header) ? ApiKey.Scheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKey.Scheme, null)
            // customers in the portal: their own cookie, valid only under /portal
            .AddCookie(Portal.PortalAuth.Scheme, o =>
            {
                o.Cookie.Name = "frontline-portal";
                o.Cookie.Path = "/portal";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/portal";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromDays(7);
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/login";
            o.Cookie.Name = "frontline";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // the API answers 401/403; only pages redirect to the sign-in form
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.FrontLine, p => p.RequireRole(Roles.AtLeast(Roles.Agent)))
            .AddPolicy(Policies.TeamLead, p => p.RequireRole(Roles.AtLeast(Roles.TeamLead)))
            .AddPolicy(Policies.Manager, p => p.RequireRole(Roles.AtLeast(Roles.Manager)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            // every endpoint needs a role unless it says otherwise
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.All).Build());
        return services;
    }

    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        SignIn.Map(app);
        var me = api.MapGroup("/me").WithTags("Identity").RequireAuthorization(Policies.FrontLine);
        me.MapGet("/", Me.Handle).WithName("GetMe").WithSummary("Who is signed in, with role and teams");

        var agents = api.MapGroup("/agents").WithTags("Identity");
        agents.MapGet("/", AgentAccounts.List).WithName("ListAgents").WithSummary("Agents with roles and teams").RequireAuthorization(Policies.TeamLead);
        agents.MapPost("/", AgentAccounts.Create).WithName("CreateAgent").WithSummary("Add a person who signs in").RequireAuthorization(Policies.Admin);

        var teams = api.MapGroup("/teams").WithTags("Identity");
        teams.MapGet("/", Teams.List).WithName("ListTeams").WithSummary("Teams and their members").RequireAuthorization(Policies.FrontLine);
        teams.MapPost("/", Teams.Create).WithName("CreateTeam").WithSummary("Create a team").RequireAuthorization(Policies.Manager);

        var keys = api.MapGroup("/api-keys").WithTags("Identity").RequireAuthorization(Policies.Admin);
        keys.MapGet("/", ApiKeys.List).WithName("ListApiKeys").WithSummary("API keys (never their secrets)");
        keys.MapPost("/", ApiKeys.Create).WithName("CreateApiKey").WithSummary("Issue an API key bound to a role, acting for a person or a service account; the secret is shown once")
            .WithMetadata(new Api.Idempotency.SecretResponse());
        keys.MapDelete("/{id:long}", ApiKeys.Revoke).WithName("RevokeApiKey").WithSummary("Revoke an API key");

        var accounts = api.MapGroup("/service-accounts").WithTags("Identity").RequireAuthorization(Policies.Admin);
        accounts.MapGet("/", ServiceAccounts.List).WithName("ListServiceAccounts").WithSummary("Service accounts and their teams");
        accounts.MapPost("/", ServiceAccounts.Create).WithName("CreateServiceAccount")
            .WithSummary("Create a service account, a named integration that belongs to one team");
        accounts.MapPut("/{id:long}", ServiceAccounts.Update).WithName("UpdateServiceAccount").WithSummary("Change a service account");
        accounts.MapDelete("/{id:long}", ServiceAccounts.Deactivate).WithName("DeactivateServiceAccount")
            .WithSummary("Deactivate a service account: its keys stop working");
        return app;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        // programs (the API, the live hub's SignalR client) get the status; people get the sign-in page
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments(Live.LiveHub.Path)) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
