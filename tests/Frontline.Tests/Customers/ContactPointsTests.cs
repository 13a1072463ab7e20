using CsCheck;
using Frontline.Customers;

namespace Frontline.Tests.Customers;

public sealed class ContactPointsTests
{
    [Theory]
    [InlineData("+49 30 901820", "+4930901820")]
    [InlineData("030 901820", "+4930901820")]
    [InlineData("+60 3-2141 5566", "+60321415566")]
    [InlineData("+1 212 555 0142", "+12125550142")]
    [InlineData("+1 415 555 1000", "+14155551000")]
    [InlineData("+47 22 33 44 55", "+4722334455")]
    public void Phone_numbers_are_normalised_to_E164(string written, string e164) =>
        ContactPoints.NormalizePhone(written).ShouldBe(e164);

    [Theory]
    [InlineData("12")]
    [InlineData("call me")]
    [InlineData("+999 123")]
    [InlineData("")]
    public void Something_that_is_not_a_phone_number_is_refused(string written) =>
        ContactPoints.NormalizePhone(written).ShouldBeNull();

    [Theory]
    [InlineData(" Dana.Whitfield@Example.COM ", "dana.whitfield@example.com")]
    [InlineData("a@b.co", "a@b.co")]
    public void Email_addresses_are_trimmed_and_lower_cased(string written, string normalised) =>
        ContactPoints.NormalizeEmail(written).ShouldBe(normalised);

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Dana <dana@example.com>")]
    [InlineData("dana@localhost")]
    public void Something_that_is_not_an_email_address_is_refused(string written) =>
        ContactPoints.NormalizeEmail(written).ShouldBeNull();

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        Gen.Select(Gen.Int[0, 9].Array[6, 9], Gen.OneOf("+49", "+1", "+60", "+44"))
            .Select((digits, country) => country + string.Concat(digits))
            .Sample(written =>
            {
                var once = ContactPoints.NormalizePhone(written);
                return once is null || ContactPoints.NormalizePhone(once) == once;
            });
    }
}
