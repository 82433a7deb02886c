namespace JinIp.Registries.Validation;

/// <summary>
/// The unified social credit code of GB 32100-2015: 18 characters over <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c>,
/// the 18th a check character: 31 − (Σ value × weight mod 31), where 31 is written 0.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code in upper case without spaces, or null when it is not a valid code.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var code = text.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return IsValid(code) ? code : null;
    }

    public static bool IsValid(string code)
    {
        if (code.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check] == code[17];
    }

    /// <summary>Appends the check character to 17 characters (for test and demo data).</summary>
    public static string Complete(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return first17 + Alphabet[check == 31 ? 0 : check];
    }
}
