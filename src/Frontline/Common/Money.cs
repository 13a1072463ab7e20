namespace Frontline.Common;

/// <summary>An amount with its currency; money never travels without one.</summary>
public sealed record Money(decimal Amount, string Currency)
{
    public static bool IsCurrency(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
