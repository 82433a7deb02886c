using System.Globalization;

namespace JinIp.Creation.Registrations;

/// <summary>Check-digit rules of the two Chinese identity numbers the form checks.</summary>
public static class IdentityNumbers
{
    private static readonly int[] ResidentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string ResidentCheck = "10X98765432";

    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cases and removes spaces, as people type them.</summary>
    public static string Normalize(string value) => new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    /// <summary>
    /// 公民身份号码 (GB 11643-1999): 17 digits (area, birth date yyyyMMdd, sequence) and a check
    /// character by ISO 7064 MOD 11-2, where 10 is written X.
    /// </summary>
    public static bool IsValidResidentId(string value)
    {
        var id = Normalize(value);
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * ResidentWeights[i];
        }

        return id[17] == ResidentCheck[sum % 11];
    }

    /// <summary>
    /// 统一社会信用代码 (GB 32100-2015): 18 characters over 0-9 and 21 letters (no I, O, S, V, Z);
    /// the 18th is 31 − (Σ value × weight mod 31), with 31 written 0.
    /// </summary>
    public static bool IsValidUnifiedSocialCreditCode(string value)
    {
        var code = Normalize(value);
        if (code.Length != 18 || code.Any(c => !CreditAlphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CreditAlphabet.IndexOf(code[i], StringComparison.Ordinal) * CreditWeights[i];
        }

        var check = 31 - (sum % 31);
        return code[17] == CreditAlphabet[check == 31 ? 0 : check];
    }
}

/// <summary>How personal data is shown to the public: enough to recognise, not enough to misuse.</summary>
public static class Masking
{
    /// <summary>Keeps the first 3 and the last 2 characters of a personal document number (e.g. 120*************3X).</summary>
    public static string DocumentNumber(string number)
    {
        var value = IdentityNumbers.Normalize(number);
        if (value.Length <= 4)
        {
            return new string('*', value.Length);
        }

        var keepStart = Math.Min(3, value.Length / 3);
        const int keepEnd = 2;
        return value[..keepStart] + new string('*', value.Length - keepStart - keepEnd) + value[^keepEnd..];
    }

    /// <summary>Keeps the first 3 and the last 4 digits of a phone number (138****5678); shorter numbers are hidden entirely.</summary>
    public static string Phone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 8 ? new string('*', digits.Length) : digits[..3] + new string('*', digits.Length - 7) + digits[^4..];
    }
}
