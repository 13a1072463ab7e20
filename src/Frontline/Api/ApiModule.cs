using Frontline.Api.Idempotency;
using Frontline.Approvals;
using Frontline.Authority;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Cases;
using Frontline.Channels;
using Frontline.Customers;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Knowledge;
using Frontline.Queues;
using Frontline.Touchpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Api;

/// <summary>The REST API under /api/v1: problem details, JSON, OpenAPI, idempotency, and every module's routes.</summary>
public static class ApiModule
{
    public static IServiceCollection AddFrontlineApi(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddSingleton<Channels.Email.MailOutbox>();
        services.AddSingleton<Channels.Email.MailboxPoller>();
        services.AddSingleton<IdempotencyPurge>();
        services.AddSingleton<PublicLinks>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyPurge>());
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => JsonInput.Apply(o.SerializerOptions));
        // unreadable bodies and parameters become exceptions, so the exception handler can name the field
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Frontline API";
            doc.Info.Description = "Customers, cases and touchpoints. Sign in with the UI's cookie or send an X-Api-Key header. "
                + "POST, PUT and PATCH accept an Idempotency-Key header.";
            doc.Components ??= new Microsoft.OpenApi.OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes[Identity.ApiKey.Scheme] = new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.ApiKey, In = Microsoft.OpenApi.ParameterLocation.Header,
                Name = Identity.ApiKey.Header, Description = "An API key issued by an admin, bound to one role.",
            };
            doc.Security = [new Microsoft.OpenApi.OpenApiSecurityRequirement { [new Microsoft.OpenApi.OpenApiSecuritySchemeReference(Identity.ApiKey.Scheme, doc)] = [] }];
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();

    public static RouteGroupBuilder MapFrontlineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapCustomers();
        api.MapCases();
        api.MapTouchpoints();
        api.MapQueues();
        api.MapGuidelines();
        api.MapAuthority();
        api.MapGestures();
        api.MapApprovals();
        api.MapKnowledge();
        api.MapChannels();
        api.MapEvents();
        app.MapIdentity(api);
        return api;
    }
}
