using CsCheck;
using Frontline.Cases;
using Case = Frontline.Cases.Case;

namespace Frontline.Tests.Cases;

public sealed class CaseLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    private static Case NewCase() => new() { Subject = "TV remote stopped working", OpenedAt = Now, UpdatedAt = Now };

    [Fact]
    public void Resolving_stamps_the_time_and_reopening_clears_it()
    {
        var @case = NewCase();

        @case.ChangeStatus(CaseStatus.Resolved, Now.AddHours(1)).ShouldBeNull();
        @case.ResolvedAt.ShouldBe(Now.AddHours(1));
        @case.ChangeStatus(CaseStatus.Open, Now.AddHours(2)).ShouldBeNull();

        @case.ResolvedAt.ShouldBeNull();
        @case.UpdatedAt.ShouldBe(Now.AddHours(2));
    }

    [Fact]
    public void A_closed_case_cannot_go_to_pending_and_says_what_is_allowed()
    {
        var @case = NewCase();
        @case.ChangeStatus(CaseStatus.Closed, Now);

        var refusal = @case.ChangeStatus(CaseStatus.Pending, Now);

        refusal.ShouldBe("A case that is closed cannot become pending; allowed: open.");
        @case.Status.ShouldBe(CaseStatus.Closed);
    }

    [Fact]
    public void Every_status_can_be_reached_and_every_case_can_be_reopened()
    {
        Gen.Enum<CaseStatus>().Array[1, 8].Sample(path =>
        {
            var @case = NewCase();
            foreach (var next in path) @case.ChangeStatus(next, Now);
            return @case.ChangeStatus(CaseStatus.Open, Now) is null && @case.Status == CaseStatus.Open && @case.ClosedAt is null;
        });
    }

    [Fact]
    public void A_refused_move_changes_nothing()
    {
        Gen.Enum<CaseStatus>().Array[1, 8].Sample(path =>
        {
            var @case = NewCase();
            foreach (var next in path)
            {
                var (status, resolved, closed) = (@case.Status, @case.ResolvedAt, @case.ClosedAt);
                if (@case.ChangeStatus(next, Now.AddMinutes(1)) is not null
                    && (@case.Status != status || @case.ResolvedAt != resolved || @case.ClosedAt != closed)) return false;
            }
            return true;
        });
    }

    [Theory]
    [InlineData(42, "C-000042")]
    [InlineData(1234567, "C-1234567")]
    public void Case_numbers_read_back_to_their_id(long id, string number)
    {
        Case.NumberOf(id).ShouldBe(number);
        Case.IdOf(number.ToLowerInvariant()).ShouldBe(id);
    }
}
