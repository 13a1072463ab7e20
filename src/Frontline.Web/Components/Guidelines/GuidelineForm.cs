using Frontline.Guidelines;
using Frontline.Identity;

namespace Frontline.Web.Components.Guidelines;

/// <summary>A guideline as the editor holds it: rows that can be added and removed, turned into the use case's input on save.</summary>
internal sealed class GuidelineForm
{
    public long? CategoryId { get; set; }
    public string Name { get; set; } = "";
    public List<ConditionRow> When { get; } = [];
    public string DefaultOutcome { get; set; } = "";
    public List<GestureRow> Gestures { get; } = [];
    public List<TextRow> Alternatives { get; } = [];
    public string Approver { get; set; } = Roles.TeamLead;

    public static GuidelineForm Of(GuidelineView view)
    {
        var form = new GuidelineForm
        {
            CategoryId = view.CategoryId, Name = view.Name, DefaultOutcome = view.Content.DefaultOutcome, Approver = view.Content.Approver,
        };
        form.When.AddRange(view.Content.When.Select(c => new ConditionRow { Fact = c.Fact, Is = c.Is, Value = c.Value }));
        form.Gestures.AddRange(view.Content.Gestures.Select(g => new GestureRow { Gesture = g.Gesture, SuggestedAmount = g.SuggestedAmount, Note = g.Note ?? "" }));
        form.Alternatives.AddRange(view.Content.Alternatives.Select(a => new TextRow { Text = a }));
        return form;
    }

    public GuidelineInput ToInput() => new(CategoryId, Name, new GuidelineContent(
        [.. When.Select(c => new Condition(c.Fact, c.Is, c.Value))], DefaultOutcome,
        [.. Gestures.Select(g => new DiscretionaryGesture(g.Gesture ?? "", g.SuggestedAmount, g.Note.Trim().Length == 0 ? null : g.Note.Trim()))],
        [.. Alternatives.Select(a => a.Text)], Approver));
}

public sealed class ConditionRow
{
    public Fact Fact { get; set; }
    public Comparison Is { get; set; }
    public string Value { get; set; } = "";
}

public sealed class GestureRow
{
    public string? Gesture { get; set; }
    public decimal? SuggestedAmount { get; set; }
    public string Note { get; set; } = "";
}

public sealed class TextRow
{
    public string Text { get; set; } = "";
}
