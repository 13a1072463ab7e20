using Frontline.Webhooks;

namespace Frontline.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Signing_matches_the_standard_webhooks_published_test_vector()
    {
        // the example of the Standard Webhooks specification and its reference libraries' tests
        var signature = WebhookSignature.Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", DateTimeOffset.FromUnixTimeSeconds(1614265330),
            """{"test": 2432232314}""", ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]);

        signature.ShouldBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    [Fact]
    public void A_new_secret_is_whsec_and_the_base64_of_at_least_24_random_bytes()
    {
        var secret = WebhookSignature.NewSecret();

        secret.ShouldStartWith("whsec_");
        Convert.FromBase64String(secret["whsec_".Length..]).Length.ShouldBeGreaterThanOrEqualTo(24);
        WebhookSignature.NewSecret().ShouldNotBe(secret);
    }

    [Fact]
    public void Two_secrets_in_force_give_two_space_separated_signatures_newest_first()
    {
        var endpoint = new WebhookEndpoint
        {
            Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", PreviousSecret = WebhookSignature.NewSecret(),
            PreviousSecretUntil = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc),
        };

        WebhookSignature.InForce(endpoint, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .ShouldBe([endpoint.Secret, endpoint.PreviousSecret]);
        WebhookSignature.InForce(endpoint, new DateTime(2026, 1, 3, 0, 0, 0, DateTimeKind.Utc)).ShouldBe([endpoint.Secret]);
    }
}
