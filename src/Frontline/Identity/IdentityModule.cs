using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
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

    public static IServiceCollection AddFrontlineIdentity(this IServiceCollection services, SignInLimits limits)
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
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = "frontline";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // the API answers 401/403; only pages redirect to the sign-in form
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
            var checkStamp = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async ctx =>
            {
                await checkStamp(ctx);
                await Sessions.SignInSessions.KeepMarkAsync(ctx);
            };
        });

        // both cookies carry only a session key; the session lives in the database (SignInSessions)
        services.AddSingleton<Sessions.SignInSessions>();
        services.AddSingleton(limits);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<InvitationTokens>();
        services.AddSingleton<InvitationSender>();
        services.AddRecurringJob<Jobs.PurgeSignInSessionsJob>(Jobs.PurgeSignInSessionsJob.Key, TimeSpan.FromHours(1));
        foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, Portal.PortalAuth.Scheme })
            services.AddOptions<CookieAuthenticationOptions>(scheme)
                .Configure<Sessions.SignInSessions>((o, store) => o.SessionStore = store);

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
        me.MapPost("/password", Passwords.ChangeOwn).WithName("ChangeOwnPassword")
            .WithSummary("Change your own password; your other sessions end, this one stays");

        var agents = api.MapGroup("/agents").WithTags("Identity");
        agents.MapGet("/", AgentAccounts.List).WithName("ListAgents").WithSummary("Agents with roles and teams")
            .RequireAuthorization(Policies.TeamLead);
        agents.MapPost("/", AgentAccounts.Create).WithName("CreateAgent").WithSummary("Add a person who signs in")
            .RequireAuthorization(Policies.Admin);
        agents.MapPost("/invitations", Invitations.Invite).WithName("InviteAgent")
            .WithSummary("Add a person without a password and mail them a link to choose one (once, within 3 days)")
            .RequireAuthorization(Policies.Admin);
        var agent = agents.MapGroup("/{id:long}").RequireAuthorization(Policies.Admin);
        agent.MapPut("/", UpdateAgent.Handle).WithName("UpdateAgent")
            .WithSummary("Change a person's name, e-mail, role and teams; a new role or e-mail ends their sessions");
        agent.MapPost("/invitation", Invitations.Resend).WithName("ResendInvitation")
            .WithSummary("Mail a new invitation link to a person who has not chosen a password yet");
        agent.MapPost("/deactivate", AgentActivation.Deactivate).WithName("DeactivateAgent")
            .WithSummary("Stop a person signing in and end every session of theirs");
        agent.MapPost("/reactivate", AgentActivation.Reactivate).WithName("ReactivateAgent")
            .WithSummary("Let a person sign in again");
        agent.MapPost("/password", Passwords.Reset).WithName("ResetAgentPassword")
            .WithSummary("Set a new password for a person; every session of theirs ends");

        var teams = api.MapGroup("/teams").WithTags("Identity");
        teams.MapGet("/", Teams.List).WithName("ListTeams").WithSummary("Teams and their members")
            .RequireAuthorization(Policies.FrontLine);
        teams.MapGet("/{id:long}", Teams.Get).WithName("GetTeam").WithSummary("One team")
            .RequireAuthorization(Policies.FrontLine);
        teams.MapPost("/", Teams.Create).WithName("CreateTeam").WithSummary("Create a team")
            .RequireAuthorization(Policies.Manager);
        teams.MapPut("/{id:long}", Teams.Update).WithName("UpdateTeam")
            .WithSummary("Rename a team, change its zone or its members").RequireAuthorization(Policies.Manager);
        teams.MapPost("/{id:long}/deactivate",
            (long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
            Teams.SetActive(id, false, user, db, clock, ct))
            .WithName("DeactivateTeam").WithSummary("Stop a team taking new cases; its history stays").RequireAuthorization(Policies.Manager);
        teams.MapPost("/{id:long}/reactivate",
            (long id, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
            Teams.SetActive(id, true, user, db, clock, ct))
            .WithName("ReactivateTeam").WithSummary("Let a deactivated team take cases again").RequireAuthorization(Policies.Manager);

        var keys = api.MapGroup("/api-keys").WithTags("Identity").RequireAuthorization(Policies.Admin);
        keys.MapGet("/", ApiKeys.List).WithName("ListApiKeys").WithSummary("API keys (never their secrets)");
        keys.MapPost("/", ApiKeys.Create).WithName("CreateApiKey").WithSummary("Issue an API key bound to a role, acting for a person or a service account; the secret is shown once")
            .WithMetadata(new Api.Idempotency.SecretResponse());
        keys.MapDelete("/{id:long}", ApiKeys.Revoke).WithName("RevokeApiKey").WithSummary("Revoke an API key");

        var accounts = api.MapGroup("/service-accounts").WithTags("Identity").RequireAuthorization(Policies.Admin);
        accounts.MapGet("/", ServiceAccounts.List).WithName("ListServiceAccounts")
            .WithSummary("Service accounts and their teams");
        accounts.MapPost("/", ServiceAccounts.Create).WithName("CreateServiceAccount")
            .WithSummary("Create a service account, a named integration that belongs to one team");
        accounts.MapPut("/{id:long}", ServiceAccounts.Update).WithName("UpdateServiceAccount")
            .WithSummary("Change a service account");
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
