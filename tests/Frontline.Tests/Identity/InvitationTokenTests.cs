using Frontline.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace Frontline.Tests.Identity;

/// <summary>An invitation's token names one person at one security stamp, and expires.</summary>
public sealed class InvitationTokenTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InvitationTokens _tokens;

    public InvitationTokenTests() => _tokens = new InvitationTokens(new EphemeralDataProtectionProvider(), _clock);

    [Fact]
    public void A_token_holds_for_its_person_and_stamp_until_it_expires()
    {
        var token = _tokens.Issue(7, "stamp-1");

        _tokens.Holds(token, 7, "stamp-1").ShouldBeTrue();
        _tokens.Holds(token, 8, "stamp-1").ShouldBeFalse("another person");
        _tokens.Holds(token, 7, "stamp-2").ShouldBeFalse("the password was set since: the stamp moved on");
        _clock.Advance(InvitationTokens.Lifespan - TimeSpan.FromMinutes(1));
        _tokens.Holds(token, 7, "stamp-1").ShouldBeTrue();
        _clock.Advance(TimeSpan.FromMinutes(2));
        _tokens.Holds(token, 7, "stamp-1").ShouldBeFalse("expired");
    }

    [Fact]
    public void Garbage_is_no_token()
    {
        _tokens.Holds("not-a-token", 7, "stamp-1").ShouldBeFalse();
        _tokens.Holds("", 7, "stamp-1").ShouldBeFalse();
        _tokens.Holds(null, 7, "stamp-1").ShouldBeFalse();
    }
}
