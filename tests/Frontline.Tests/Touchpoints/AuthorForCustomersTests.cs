using Frontline.Touchpoints;

namespace Frontline.Tests.Touchpoints;

public sealed class AuthorForCustomersTests
{
    [Theory]
    [InlineData("Dana Lee (API key CRM)", "Dana Lee")]
    [InlineData("Order sync (API key nightly)", "Order sync")]
    [InlineData("API key legacy", AuthorForCustomers.Team)]
    [InlineData("Alex Agent", "Alex Agent")]
    public void A_customer_reads_the_person_never_the_key(string author, string seen) =>
        AuthorForCustomers.Of(author).ShouldBe(seen);
}
