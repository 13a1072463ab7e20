using Frontline.Api.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Api;

/// <summary>
/// The REST API under /api/v1: problem details, JSON, OpenAPI, idempotency; each module maps its own routes on the
/// group <see cref="MapFrontlineApi"/> returns.
/// </summary>
public static class ApiModule
{
    public static IServiceCollection AddFrontlineApi(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
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

    public static RouteGroupBuilder MapFrontlineApi(this IEndpointRouteBuilder app) => app.MapGroup("/api/v1");
}
