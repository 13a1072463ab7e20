using Frontline.Cases;
using Frontline.Channels.Email;
using Frontline.Touchpoints;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Portal;

/// <summary>The portal's form posts (antiforgery on each); the pages are Components/Portal/*.razor. Answers are redirects to a page.</summary>
public static class PortalEndpoints
{
    public const string RateLimit = "portal-sign-in";
    public const string NewCaseRateLimit = "portal-new-case";

    internal static async Task<RedirectHttpResult> SignIn([FromForm] string? email, FrontlineDb db, MailOptions mail,
        PublicLinks links,
        TimeProvider clock, CancellationToken ct)
    {
        // the link leaves once committed (Channels/Outbound/DeliverQueuedMail); the page says the same either way
        await PortalLinks.RequestAsync(db, email, mail, links, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.LocalRedirect("/portal?sent=1");
    }

    internal static async Task<RedirectHttpResult> Enter([FromForm] string? token, HttpContext http, FrontlineDb db,
        TimeProvider clock, CancellationToken ct)
    {
        if (await PortalLinks.RedeemAsync(db, token, clock.GetUtcNow().UtcDateTime, ct) is not { } link)
            return TypedResults.LocalRedirect("/portal?expired=1");
        var name = await db.Customers.Where(c => c.Id == link.CustomerId).Select(c => c.Name).FirstAsync(ct);
        await PortalAuth.SignInAsync(http, link.CustomerId, name);
        return TypedResults.LocalRedirect(link.CaseId is { } caseId ? $"/portal/cases/{caseId}" : "/portal/cases");
    }

    internal static async Task<RedirectHttpResult> SignOut(HttpContext http)
    {
        await PortalAuth.SignOutAsync(http);
        return TypedResults.LocalRedirect("/portal");
    }

    internal static async Task<RedirectHttpResult> Open([FromForm] long? categoryId, [FromForm] string? subject,
        [FromForm] string? description,
        HttpContext http, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        if (await PortalAuth.CustomerIdAsync(http) is not { } customer) return TypedResults.LocalRedirect("/portal");
        var opened = await CustomerPortal.OpenCaseAsync(db, customer,
            new PortalNewCase(categoryId, subject, description), clock.GetUtcNow().UtcDateTime, ct,
            await FileAsync(http, ct));
        return TypedResults.LocalRedirect(opened.Value is { } view
            ? $"/portal/cases/{view.Id}"
            : Channels.WebForm.WebFormEndpoint.FormAgain("/portal/cases/new", opened.Message, ("categoryId", categoryId?.ToString()), ("subject", subject)));
    }

    /// <summary>A file of the signed-in customer's own; anyone else's is not found.</summary>
    internal static async Task<Results<FileContentHttpResult, NotFound, RedirectHttpResult>> Attachment(long id,
        HttpContext http, FrontlineDb db,
        CancellationToken ct)
    {
        if (await PortalAuth.CustomerIdAsync(http) is not { } customer) return TypedResults.LocalRedirect("/portal");
        return Channels.Attachments.File(http, await Channels.Attachments.OfCustomerAsync(db, customer, id, ct)) switch
        {
            { Result: FileContentHttpResult file } => file,
            _ => TypedResults.NotFound(),
        };
    }

    internal static async Task<RedirectHttpResult> Reply(long id, [FromForm] string? message, HttpContext http,
        FrontlineDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var files = await FileAsync(http, ct);
        return await OnCaseAsync(http, id,
            customer => CustomerPortal.ReplyAsync(db, customer, id, message, clock.GetUtcNow().UtcDateTime, ct, files));
    }

    internal static Task<RedirectHttpResult> Confirm(long id, HttpContext http, FrontlineDb db, TimeProvider clock,
        CancellationToken ct) =>
        OnCaseAsync(http, id, customer => CaseClosure.ConfirmAsync(db, id, customer, Channel.Portal, clock.GetUtcNow().UtcDateTime, ct));

    internal static Task<RedirectHttpResult> Reopen(long id, [FromForm] string? reason, HttpContext http,
        FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        OnCaseAsync(http, id, customer => CaseClosure.ReopenAsync(db, id, customer, Channel.Portal, reason, clock.GetUtcNow().UtcDateTime, ct));

    /// <summary>
    /// Refuses a post without the page's token. Posts that read form fields are checked by the antiforgery middleware
    /// too; confirm and sign-out read none, so the check is made here for every post alike.
    /// </summary>
    internal static async ValueTask<object?> FormTokenAsync(EndpointFilterInvocationContext context,
        EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method)
            && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            return TypedResults.BadRequest();
        return await next(context);
    }

    /// <summary>The file sent with a multipart form, if any (a plain form has none).</summary>
    private static async Task<IReadOnlyList<FileInput>> FileAsync(HttpContext http, CancellationToken ct) =>
        http.Request.HasFormContentType
            ? await Channels.AttachmentRules.FromFormAsync((await http.Request.ReadFormAsync(ct)).Files.GetFile("attachment"), ct)
            : [];

    /// <summary>Only a signed-in customer acts, only on their own case; a refusal goes back to the page in words.</summary>
    private static async Task<RedirectHttpResult> OnCaseAsync<T>(HttpContext http, long caseId,
        Func<long, Task<Outcome<T>>> act) where T : class
    {
        if (await PortalAuth.CustomerIdAsync(http) is not { } customer) return TypedResults.LocalRedirect("/portal");
        var outcome = await act(customer);
        if (outcome.Missing) return TypedResults.LocalRedirect("/portal/cases");
        var page = $"/portal/cases/{caseId}";
        return TypedResults.LocalRedirect(outcome.Value is null ? $"{page}?error={Uri.EscapeDataString(outcome.Message)}" : page);
    }
}
