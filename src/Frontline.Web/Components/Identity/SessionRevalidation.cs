using Frontline.Data;
using Frontline.Identity.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Components.Identity;

/// <summary>
/// An open screen (a Blazor circuit) asks every <see cref="Interval"/> whether its sign-in session still lives; once it
/// was ended (sign-out elsewhere, a password change or reset, a deactivation) the screen stops acting and goes to the
/// sign-in page. One indexed read per open screen per interval.
/// </summary>
internal sealed class SessionRevalidation(ILoggerFactory logger, IDbContextFactory<FrontlineDb> databases, TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        if (state.User.Identity?.IsAuthenticated != true) return true;
        if (SignInSessions.Of(state.User) is not { } session) return false;
        await using var db = await databases.CreateDbContextAsync(ct);
        return await SignInSessions.IsLiveAsync(db, session, clock.GetUtcNow().UtcDateTime, ct);
    }
}
